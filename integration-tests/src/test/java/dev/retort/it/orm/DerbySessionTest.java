package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The session suite on Derby. */
class DerbySessionTest extends SessionSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
