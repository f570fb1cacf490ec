package dev.retort.it.mapping;

import dev.retort.it.support.Database;

/** The generated schemas on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbSchemaTest extends SchemaSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
