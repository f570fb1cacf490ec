package dev.retort.it.core;

import dev.retort.it.support.Database;

/** The Core walk-through on Sqlite. */
class SqliteCoreTest extends CoreSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
