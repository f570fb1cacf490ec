package dev.retort.it.mapping;

import dev.retort.it.support.Database;

/** The generated schemas on Postgres. */
class PostgresSchemaTest extends SchemaSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
