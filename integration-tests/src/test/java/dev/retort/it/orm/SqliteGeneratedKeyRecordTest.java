package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The generated-key records suite on Sqlite. */
class SqliteGeneratedKeyRecordTest extends GeneratedKeyRecordSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
