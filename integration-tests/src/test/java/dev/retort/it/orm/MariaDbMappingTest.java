package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The mapping suite on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbMappingTest extends MappingSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
