package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The expire compliance cases on H2. */
class H2ExpireComplianceTest extends ExpireComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
