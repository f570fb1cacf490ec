package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The sequence-key suite on H2. */
class H2SequenceKeyTest extends SequenceKeySuite {
    @Override
    protected Database database() {
        return Database.H2;
    }

    /** A named in-memory H2 database, so that two engines share it. */
    @Override
    protected String url() {
        return "jdbc:h2:mem:retort_sequence_keys;DB_CLOSE_DELAY=-1";
    }
}
