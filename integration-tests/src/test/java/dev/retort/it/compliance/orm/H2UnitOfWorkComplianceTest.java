package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The unitofwork compliance cases on H2. */
class H2UnitOfWorkComplianceTest extends UnitOfWorkComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
