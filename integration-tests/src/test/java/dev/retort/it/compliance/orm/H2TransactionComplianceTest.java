package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The transaction compliance cases on H2. */
class H2TransactionComplianceTest extends TransactionComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
