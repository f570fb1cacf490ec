package dev.retort.it.asyncio;

import dev.retort.it.support.Database;

/** The async suite on Derby. */
class DerbyAsyncTest extends AsyncSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }

    /** Derby's embedded driver throws SQLFeatureNotSupportedException from Statement.cancel; its query timeout works. */
    @Override
    protected boolean driverCancels() {
        return false;
    }

    /**
     * Derby: four synchronous sessions on four threads inserting users and their addresses fail
     * the same way (40XL1, a lock wait that times out), so the concurrency test shares one
     * connection here; the async layer is the same on every database.
     */
    @Override
    protected int concurrencyPool() {
        return 1;
    }
}
