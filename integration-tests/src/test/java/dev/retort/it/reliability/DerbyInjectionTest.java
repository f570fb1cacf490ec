package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** The injection corpus on Derby. */
class DerbyInjectionTest extends InjectionSuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }
}
