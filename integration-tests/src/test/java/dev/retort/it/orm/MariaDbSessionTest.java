package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The session suite on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbSessionTest extends SessionSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
