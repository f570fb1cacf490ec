package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The query suite on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbQueryTest extends QuerySuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
