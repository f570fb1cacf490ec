package dev.retort.it.reliability;

import dev.retort.it.support.Database;
import java.nio.file.Path;

/** SIGKILL durability on PostgreSQL (skipped visibly without a server). */
class PostgresDurabilityTest extends DurabilitySuite {
    @Override
    protected String url(Path dir) {
        return Database.POSTGRESQL.url();
    }
}
