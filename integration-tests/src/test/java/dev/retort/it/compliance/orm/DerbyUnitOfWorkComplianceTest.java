package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The unitofwork compliance cases on Derby. */
class DerbyUnitOfWorkComplianceTest extends UnitOfWorkComplianceSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
