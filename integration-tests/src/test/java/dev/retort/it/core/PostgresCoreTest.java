package dev.retort.it.core;

import dev.retort.it.support.Database;

/** The Core walk-through on Postgres. */
class PostgresCoreTest extends CoreSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
