package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The query suite on Derby. */
class DerbyQueryTest extends QuerySuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
