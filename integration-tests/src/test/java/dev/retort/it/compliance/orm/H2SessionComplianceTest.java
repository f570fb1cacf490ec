package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The session compliance cases on H2. */
class H2SessionComplianceTest extends SessionComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
