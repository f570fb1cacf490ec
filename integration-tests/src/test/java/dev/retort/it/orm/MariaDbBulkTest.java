package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The bulk suite on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbBulkTest extends BulkSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
