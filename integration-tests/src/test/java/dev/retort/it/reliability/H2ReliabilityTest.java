package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** Failed flushes, concurrent versioned increments and leaks on H2. */
class H2ReliabilityTest extends ReliabilitySuite {
    @Override
    protected Database database() {
        return Database.H2;
    }
}
