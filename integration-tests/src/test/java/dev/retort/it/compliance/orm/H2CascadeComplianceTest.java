package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The cascade compliance cases on H2. */
class H2CascadeComplianceTest extends CascadeComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
