package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The bulk suite on Derby. */
class DerbyBulkTest extends BulkSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
