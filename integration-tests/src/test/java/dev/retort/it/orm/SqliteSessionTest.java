package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The session suite on Sqlite. */
class SqliteSessionTest extends SessionSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
