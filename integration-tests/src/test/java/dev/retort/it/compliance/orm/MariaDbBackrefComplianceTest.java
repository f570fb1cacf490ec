package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The backref compliance cases on MariaDB. */
class MariaDbBackrefComplianceTest extends BackrefComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
