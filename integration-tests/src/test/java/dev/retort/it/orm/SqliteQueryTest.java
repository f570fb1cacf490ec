package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The query suite on Sqlite. */
class SqliteQueryTest extends QuerySuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
