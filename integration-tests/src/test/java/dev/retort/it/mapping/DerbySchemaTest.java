package dev.retort.it.mapping;

import dev.retort.it.support.Database;

/** The generated schemas on Derby. */
class DerbySchemaTest extends SchemaSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
