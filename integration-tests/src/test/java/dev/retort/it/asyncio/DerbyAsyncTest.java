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
}
