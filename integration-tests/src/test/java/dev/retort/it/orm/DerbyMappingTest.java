package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The mapping suite on Derby. */
class DerbyMappingTest extends MappingSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
