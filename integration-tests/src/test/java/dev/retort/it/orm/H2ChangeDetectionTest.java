package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The change-detection suite on H2. */
class H2ChangeDetectionTest extends ChangeDetectionSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
