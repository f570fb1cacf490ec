package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The bulk suite on H2. */
class H2BulkTest extends BulkSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
