package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The change-detection suite on Postgres at RETORT_POSTGRES_URL; skipped, visibly, without it. */
class PostgresChangeDetectionTest extends ChangeDetectionSuite {
    @Override
    protected Database database() {
        return Database.POSTGRESQL;
    }
}
