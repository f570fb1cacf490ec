package dev.retort.it.asyncio;

import dev.retort.it.support.Database;

/** The async suite on Postgres. */
class PostgresAsyncTest extends AsyncSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
