package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The cascade compliance cases on MariaDB. */
class MariaDbCascadeComplianceTest extends CascadeComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
