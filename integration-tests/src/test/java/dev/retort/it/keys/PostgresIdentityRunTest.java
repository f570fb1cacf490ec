package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The identity-run suite on Postgres. */
class PostgresIdentityRunTest extends IdentityRunSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
