package dev.retort.it.asyncio;

import dev.retort.it.support.Database;

/** The async suite on H2. */
class H2AsyncTest extends AsyncSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
