package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The change-detection suite on Sqlite. */
class SqliteChangeDetectionTest extends ChangeDetectionSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
