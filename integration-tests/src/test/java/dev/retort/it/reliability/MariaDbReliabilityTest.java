package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** Failed flushes, concurrent versioned increments and leaks on MariaDB. */
class MariaDbReliabilityTest extends ReliabilitySuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }

    @Override
    protected boolean concurrentWriters() {
        return true;
    }
}
