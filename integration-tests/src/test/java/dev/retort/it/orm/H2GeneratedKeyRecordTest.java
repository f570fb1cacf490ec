package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The generated-key records suite on H2. */
class H2GeneratedKeyRecordTest extends GeneratedKeyRecordSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
