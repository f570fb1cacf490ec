package dev.retort.it.reliability;

import java.nio.file.Path;

/** SIGKILL durability on a Derby database on disk. */
class DerbyDurabilityTest extends DurabilitySuite {
    @Override
    protected String url(Path dir) {
        return "derby:///" + dir.resolve("durable").toAbsolutePath();
    }
}
