package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The sequence-key suite on MariaDb. */
class MariaDbSequenceKeyTest extends SequenceKeySuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
