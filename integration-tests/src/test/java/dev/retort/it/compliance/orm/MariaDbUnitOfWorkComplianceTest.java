package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The unitofwork compliance cases on MariaDB. */
class MariaDbUnitOfWorkComplianceTest extends UnitOfWorkComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
