package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** Failed flushes, concurrent versioned increments and leaks on Derby. */
class DerbyReliabilityTest extends ReliabilitySuite {
    @Override
    protected Database database() {
        return Database.DERBY;
    }

    @Override
    protected boolean concurrentWriters() {
        return true;
    }
}
