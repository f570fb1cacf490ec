package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The session suite on H2. */
class H2SessionTest extends SessionSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
