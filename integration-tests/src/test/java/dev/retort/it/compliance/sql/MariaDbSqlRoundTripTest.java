package dev.retort.it.compliance.sql;

import dev.retort.it.support.Database;

/** The SQL compliance round trips on MariaDB. */
class MariaDbSqlRoundTripTest extends SqlRoundTripSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
