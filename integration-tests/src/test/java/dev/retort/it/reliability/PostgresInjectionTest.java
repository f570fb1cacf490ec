package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** The injection corpus on Postgres. */
class PostgresInjectionTest extends InjectionSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
