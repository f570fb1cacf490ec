package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The relationship suite on Derby. */
class DerbyRelationshipTest extends RelationshipSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
