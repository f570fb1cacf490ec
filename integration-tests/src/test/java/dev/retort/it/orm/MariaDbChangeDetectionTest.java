package dev.retort.it.orm;

import dev.retort.it.support.Database;

/** The change-detection suite on MariaDb at RETORT_MARIADB_URL; skipped, visibly, without it. */
class MariaDbChangeDetectionTest extends ChangeDetectionSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
