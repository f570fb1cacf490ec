package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The lazyquery compliance cases on H2. */
class H2LazyQueryComplianceTest extends LazyQueryComplianceSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
