package dev.retort.it.mapping;

import dev.retort.it.support.Database;

/** The generated schemas on Sqlite. */
class SqliteSchemaTest extends SchemaSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
