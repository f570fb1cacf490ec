package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The relationship suite on Sqlite. */
class SqliteRelationshipTest extends RelationshipSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
