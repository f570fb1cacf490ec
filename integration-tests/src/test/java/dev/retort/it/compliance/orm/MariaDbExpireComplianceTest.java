package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The expire compliance cases on MariaDB. */
class MariaDbExpireComplianceTest extends ExpireComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
