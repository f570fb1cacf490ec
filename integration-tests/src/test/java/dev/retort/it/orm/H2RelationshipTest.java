package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The relationship suite on H2. */
class H2RelationshipTest extends RelationshipSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
