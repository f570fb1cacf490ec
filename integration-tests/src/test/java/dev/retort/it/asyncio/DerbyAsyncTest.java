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
     * Derby: several connections inserting into identity tables at once fail with 40XL1 (Derby's
     * {@code SequenceUpdater} contends for the identity's catalog row; plain JDBC fails the same
     * way, see the dialect design note), so the concurrency test shares one connection here; the
     * async layer is the same on every database.
     */
    @Override
    protected int concurrencyPool() {
        return 1;
    }
}
