package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The merge compliance cases on H2. */
class H2MergeComplianceTest extends MergeComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
