package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The generated-key records suite on PostgreSQL at RETORT_POSTGRES_URL; skipped, visibly, without it. */
class PostgresGeneratedKeyRecordTest extends GeneratedKeyRecordSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
