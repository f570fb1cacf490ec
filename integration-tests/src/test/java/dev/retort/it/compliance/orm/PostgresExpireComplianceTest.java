package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The expire compliance cases on Postgres. */
class PostgresExpireComplianceTest extends ExpireComplianceSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
