package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The sequence-key suite on Sqlite. */
class SqliteSequenceKeyTest extends SequenceKeySuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
