package dev.retort.it.reliability;

import dev.retort.it.support.Database;

/** Failed flushes, concurrent versioned increments and leaks on Sqlite. */
class SqliteReliabilityTest extends ReliabilitySuite {
    @Override
    protected Database database() {
        return Database.SQLITE;
    }
}
