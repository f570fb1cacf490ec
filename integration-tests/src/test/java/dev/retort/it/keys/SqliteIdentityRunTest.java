package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The identity-run suite on Sqlite. */
class SqliteIdentityRunTest extends IdentityRunSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
