package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The bulk suite on Postgres. */
class PostgresBulkTest extends BulkSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
