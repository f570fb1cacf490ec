package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The versioning compliance cases on Sqlite. */
class SqliteVersioningComplianceTest extends VersioningComplianceSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
