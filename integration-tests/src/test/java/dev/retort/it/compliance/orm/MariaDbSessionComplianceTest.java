package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The session compliance cases on MariaDB. */
class MariaDbSessionComplianceTest extends SessionComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
