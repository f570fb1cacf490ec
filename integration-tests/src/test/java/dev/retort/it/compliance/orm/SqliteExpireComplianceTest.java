package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The expire compliance cases on Sqlite. */
class SqliteExpireComplianceTest extends ExpireComplianceSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
