package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The sequence-key suite on Derby. */
class DerbySequenceKeyTest extends SequenceKeySuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }

    /** A named in-memory Derby database, so that two engines share it. */
    @Override
    protected String url() {
        return "jdbc:derby:memory:retort_sequence_keys;create=true";
    }
}
