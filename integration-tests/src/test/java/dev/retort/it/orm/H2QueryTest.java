package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The query suite on H2. */
class H2QueryTest extends QuerySuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
