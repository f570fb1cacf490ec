package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The change-detection suite on Derby. */
class DerbyChangeDetectionTest extends ChangeDetectionSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
