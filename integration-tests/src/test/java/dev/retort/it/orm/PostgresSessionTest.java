package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The session suite on Postgres. */
class PostgresSessionTest extends SessionSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
