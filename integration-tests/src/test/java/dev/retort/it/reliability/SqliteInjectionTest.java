package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** The injection corpus on Sqlite. */
class SqliteInjectionTest extends InjectionSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
