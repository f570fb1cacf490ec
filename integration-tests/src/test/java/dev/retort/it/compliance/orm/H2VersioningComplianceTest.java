package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The versioning compliance cases on H2. */
class H2VersioningComplianceTest extends VersioningComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
