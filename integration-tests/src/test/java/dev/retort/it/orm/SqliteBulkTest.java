package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The bulk suite on Sqlite. */
class SqliteBulkTest extends BulkSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
