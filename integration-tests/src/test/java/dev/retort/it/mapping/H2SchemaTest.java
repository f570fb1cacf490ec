package dev.retort.it.mapping;

import dev.retort.it.support.Database;

/** The generated schemas on H2. */
class H2SchemaTest extends SchemaSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
