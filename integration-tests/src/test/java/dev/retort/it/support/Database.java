package dev.retort.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.engine.Engine;

/**
 * The databases the suites run on. Derby, H2 and SQLite run embedded in memory; PostgreSQL runs
 * against the server named by {@code RETORT_POSTGRES_URL} ({@code .ci/run} starts one), and is
 * skipped, visibly, when that is unset, unless {@code RETORT_REQUIRE_POSTGRES=1} makes it fail.
 */
public enum Database {
    DERBY("derby", "derby:///:memory:"),
    H2("h2", "h2:///:memory:"),
    SQLITE("sqlite", "sqlite:///:memory:"),
    POSTGRESQL("postgresql", null);

    private final String dialect;
    private final String url;

    Database(String dialect, String url) {
        this.dialect = dialect;
        this.url = url;
    }

    /** The database's dialect, without connecting (so a test can be skipped before a server is needed). */
    public Dialect dialect() {
        return Dialects.byName(dialect);
    }

    /** A new engine on a fresh database (PostgreSQL: the shared test database). */
    public Engine newEngine() {
        return Engine.create(url());
    }

    /** A new engine with echo on or off. */
    public Engine newEngine(boolean echo) {
        return Engine.builder(url()).echo(echo).build();
    }

    /** The URL, or a skipped/failed test for PostgreSQL without a server. */
    public String url() {
        if (this != POSTGRESQL) {
            return url;
        }
        String pg = System.getenv("RETORT_POSTGRES_URL");
        if (pg == null || pg.isBlank()) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("RETORT_REQUIRE_POSTGRES=1 but RETORT_POSTGRES_URL is not set");
            }
            assumeTrue(false, "PostgreSQL suite skipped: set RETORT_POSTGRES_URL=postgresql://user:pass@host:port/db"
                    + " (.ci/run starts a server and sets it)");
        }
        return pg;
    }
}
