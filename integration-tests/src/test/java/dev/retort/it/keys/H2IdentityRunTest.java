package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The identity-run suite on H2. */
class H2IdentityRunTest extends IdentityRunSuite {
    @Override
    protected Database database() {
        return Database.H2;
    }

    /** A named in-memory database, so that two engines share it. */
    @Override
    protected String url() {
        return "jdbc:h2:mem:retort_identity_runs;DB_CLOSE_DELAY=-1";
    }
}
