package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The relationship suite on MariaDB at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbRelationshipTest extends RelationshipSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
