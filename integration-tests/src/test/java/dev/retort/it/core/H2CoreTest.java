package dev.retort.it.core;

import dev.retort.it.support.Database;

/** The Core walk-through on H2. */
class H2CoreTest extends CoreSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
