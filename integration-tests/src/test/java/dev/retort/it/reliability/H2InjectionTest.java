package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** The injection corpus on H2. */
class H2InjectionTest extends InjectionSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
