package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The merge compliance cases on MariaDB. */
class MariaDbMergeComplianceTest extends MergeComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
