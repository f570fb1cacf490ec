package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The versioning compliance cases on MariaDB. */
class MariaDbVersioningComplianceTest extends VersioningComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
