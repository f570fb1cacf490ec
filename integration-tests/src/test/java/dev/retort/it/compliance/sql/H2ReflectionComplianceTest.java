package dev.retort.it.compliance.sql;

import dev.retort.it.support.Database;

/** The reflection compliance cases on H2. */
class H2ReflectionComplianceTest extends ReflectionComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
