package dev.retort.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.engine.Engine;

/**
 * The databases the suites run on. Derby, H2 and SQLite run embedded in memory; PostgreSQL and
 * MariaDB run against the servers named by {@code RETORT_POSTGRES_URL} and
 * {@code RETORT_MARIADB_URL} ({@code .ci/run} starts both), and are skipped, visibly, when those
 * are unset, unless {@code RETORT_REQUIRE_POSTGRES=1} / {@code RETORT_REQUIRE_MARIADB=1} make them
 * fail.
 */
public enum Database {
    DERBY("derby", "derby:///:memory:"),
    H2("h2", "h2:///:memory:"),
    SQLITE("sqlite", "sqlite:///:memory:"),
    POSTGRESQL("postgresql", null),
    MARIADB("mariadb", null);

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

    /** A new engine on a fresh database (PostgreSQL, MariaDB: the shared test database). */
    public Engine newEngine() {
        return Engine.create(url());
    }

    /** A new engine with echo on or off. */
    public Engine newEngine(boolean echo) {
        return Engine.builder(url()).echo(echo).build();
    }

    /** The URL, or a skipped/failed test for a server database without a configured server. */
    public String url() {
        switch (this) {
            case POSTGRESQL: return server("PostgreSQL", "POSTGRES", "postgresql");
            case MARIADB: return server("MariaDB", "MARIADB", "mariadb");
            default: return url;
        }
    }

    /**
     * The URL in {@code RETORT_<env>_URL}; without it the test is skipped, visibly, or fails when
     * {@code RETORT_REQUIRE_<env>=1}.
     */
    private static String server(String product, String env, String scheme) {
        String u = System.getenv("RETORT_" + env + "_URL");
        if (u == null || u.isBlank()) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_" + env))) {
                throw new IllegalStateException("RETORT_REQUIRE_" + env + "=1 but RETORT_" + env + "_URL is not set");
            }
            assumeTrue(false, product + " suite skipped: set RETORT_" + env + "_URL=" + scheme
                    + "://user:pass@host:port/db (.ci/run starts a server and sets it)");
        }
        return u;
    }
}
