package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The sequence-key suite on Postgres. */
class PostgresSequenceKeyTest extends SequenceKeySuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
