package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The mapping suite on Sqlite. */
class SqliteMappingTest extends MappingSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
