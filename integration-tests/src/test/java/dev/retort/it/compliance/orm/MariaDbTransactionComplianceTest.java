package dev.retort.it.compliance.orm;

import dev.retort.it.support.Database;

/** The transaction compliance cases on MariaDB. */
class MariaDbTransactionComplianceTest extends TransactionComplianceSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
