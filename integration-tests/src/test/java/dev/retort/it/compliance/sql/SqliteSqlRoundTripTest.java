package dev.retort.it.compliance.sql;

import dev.retort.it.support.Database;

/** The SQL compliance round trips on Sqlite. */
class SqliteSqlRoundTripTest extends SqlRoundTripSuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
