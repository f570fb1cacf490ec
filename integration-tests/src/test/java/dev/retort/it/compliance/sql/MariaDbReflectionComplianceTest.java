package dev.retort.it.compliance.sql;

import dev.retort.it.support.Database;

/** The reflection compliance cases on MariaDB. */
class MariaDbReflectionComplianceTest extends ReflectionComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
