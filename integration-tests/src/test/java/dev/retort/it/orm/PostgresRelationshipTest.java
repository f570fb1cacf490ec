package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The relationship suite on Postgres. */
class PostgresRelationshipTest extends RelationshipSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
