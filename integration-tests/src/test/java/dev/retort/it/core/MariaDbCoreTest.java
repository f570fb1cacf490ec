package dev.retort.it.core;

import dev.retort.it.support.Database;

/** The Core walk-through on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbCoreTest extends CoreSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
