package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** Failed flushes, concurrent versioned increments and leaks on Postgres. */
class PostgresReliabilityTest extends ReliabilitySuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    protected boolean concurrentWriters() {
        return true;
    }
}
