package dev.retort.it.asyncio;

import dev.retort.it.support.Database;

/** The async suite on MariaDb. */
class MariaDbAsyncTest extends AsyncSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
