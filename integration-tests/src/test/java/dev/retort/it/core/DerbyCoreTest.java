package dev.retort.it.core;

import dev.retort.it.support.Database;

/** The Core walk-through on Derby. */
class DerbyCoreTest extends CoreSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
