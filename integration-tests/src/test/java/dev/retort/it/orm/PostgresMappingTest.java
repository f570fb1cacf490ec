package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The mapping suite on Postgres. */
class PostgresMappingTest extends MappingSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
