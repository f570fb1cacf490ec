package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The unitofwork compliance cases on Sqlite. */
class SqliteUnitOfWorkComplianceTest extends UnitOfWorkComplianceSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
