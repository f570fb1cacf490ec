package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** The injection corpus on MariaDB. */
class MariaDbInjectionTest extends InjectionSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
