package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The mapping suite on H2. */
class H2MappingTest extends MappingSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
