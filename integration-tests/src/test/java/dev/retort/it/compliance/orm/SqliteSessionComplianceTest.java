package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The session compliance cases on Sqlite. */
class SqliteSessionComplianceTest extends SessionComplianceSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
