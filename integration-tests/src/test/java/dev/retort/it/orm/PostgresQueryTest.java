package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The query suite on Postgres. */
class PostgresQueryTest extends QuerySuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
