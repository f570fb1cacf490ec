package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The generated-key records suite on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbGeneratedKeyRecordTest extends GeneratedKeyRecordSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
