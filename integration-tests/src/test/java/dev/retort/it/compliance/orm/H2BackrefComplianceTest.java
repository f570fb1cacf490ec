package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The backref compliance cases on H2. */
class H2BackrefComplianceTest extends BackrefComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
