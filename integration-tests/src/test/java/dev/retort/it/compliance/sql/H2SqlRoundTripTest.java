package dev.retort.it.compliance.sql;

import dev.retort.it.support.Database;

/** The SQL compliance round trips on H2. */
class H2SqlRoundTripTest extends SqlRoundTripSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
