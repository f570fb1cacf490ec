package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The lazyquery compliance cases on MariaDB. */
class MariaDbLazyQueryComplianceTest extends LazyQueryComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
