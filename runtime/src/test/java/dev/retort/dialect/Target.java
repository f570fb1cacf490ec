package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MariaDbDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real database to run the dialect suites on, and the facts about it the suites assert: what
 * comes back from a batch insert, whether TIMESTAMP WITH TIME ZONE keeps the offset, which
 * statement makes a lock wait time out.
 */
abstract class Target {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final Dialect dialect;

    Target(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A fresh, empty database (or schema) with one connection in autocommit mode. */
    abstract TestDb open() throws Exception;

    /** A second connection to the same database, for lock and sharing tests; {@code null} when there is none. */
    abstract Connection second(TestDb db) throws SQLException;

    /** The keys {@code getGeneratedKeys()} reports after a batch insert of rows that get keys 2, 3 and 4. */
    abstract List<Long> batchKeys();

    /** Whether an OffsetDateTime comes back with its offset (not only the instant). */
    abstract boolean keepsOffset();

    /** Whether VARCHAR(n) rejects longer strings. */
    boolean enforcesLength() {
        return true;
    }

    /** Statements that make the second connection give up waiting for a lock quickly. */
    abstract List<String> lockTimeoutSetup();

    static String unique(String stem) {
        return stem + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String toString() {
        return dialect.name();
    }

    // ------------------------------------------------------------------ the four databases

    static final Target DERBY = new Target(DerbyDialect.INSTANCE) {
        @Override
        TestDb open() throws Exception {
            String name = unique("dt");
            String url = dialect.memoryUrl(name);
            return new TestDb(dialect, DriverManager.getConnection(url), null,
                    () -> dialect.disposeMemoryDatabase(name));
        }

        @Override
        Connection second(TestDb db) throws SQLException {
            return DriverManager.getConnection(db.connection.getMetaData().getURL());
        }

        @Override
        List<Long> batchKeys() {
            return List.of(4L); // only the last row's key
        }

        @Override
        boolean keepsOffset() {
            return false;
        }

        @Override
        List<String> lockTimeoutSetup() {
            return List.of("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        }
    };

    static final Target H2 = new Target(H2Dialect.INSTANCE) {
        @Override
        TestDb open() throws Exception {
            String name = unique("ht");
            return new TestDb(dialect, DriverManager.getConnection(dialect.memoryUrl(name)), null,
                    () -> dialect.disposeMemoryDatabase(name));
        }

        @Override
        Connection second(TestDb db) throws SQLException {
            return DriverManager.getConnection(db.connection.getMetaData().getURL());
        }

        @Override
        List<Long> batchKeys() {
            return List.of(2L, 3L, 4L);
        }

        @Override
        boolean keepsOffset() {
            return true;
        }

        @Override
        List<String> lockTimeoutSetup() {
            return List.of("SET LOCK_TIMEOUT 100");
        }
    };

    static final Target SQLITE = new Target(SqliteDialect.INSTANCE) {
        @Override
        TestDb open() throws Exception {
            String url = dialect.memoryUrl(unique("st"));
            return new TestDb(dialect, DriverManager.getConnection(url), null, null);
        }

        @Override
        Connection second(TestDb db) throws SQLException {
            Connection c = DriverManager.getConnection(db.connection.getMetaData().getURL());
            dialect.initializeConnection(c);
            return c;
        }

        @Override
        List<Long> batchKeys() {
            return List.of(); // nothing after executeBatch
        }

        @Override
        boolean keepsOffset() {
            return true; // ISO text with the offset
        }

        @Override
        boolean enforcesLength() {
            return false;
        }

        @Override
        List<String> lockTimeoutSetup() {
            return List.of("PRAGMA busy_timeout = 100");
        }
    };

    /**
     * PostgreSQL at {@code RETORT_POSTGRES_URL} ({@code postgresql://user:pass@host:port/db}), each
     * test in a schema of its own, dropped afterwards. Without the variable the tests are skipped,
     * unless {@code RETORT_REQUIRE_POSTGRES=1}.
     */
    static final Target POSTGRES = new Target(PostgresDialect.INSTANCE) {
        @Override
        TestDb open() throws Exception {
            String env = System.getenv("RETORT_POSTGRES_URL");
            if (env == null || env.isBlank()) {
                if ("1".equals(System.getenv("RETORT_REQUIRE_POSTGRES"))) {
                    fail("RETORT_REQUIRE_POSTGRES=1 but RETORT_POSTGRES_URL is not set");
                }
                Assumptions.abort("PostgreSQL tests skipped: set RETORT_POSTGRES_URL=postgresql://user:pass@host:port/db");
            }
            URI uri = URI.create(env.strip());
            Properties props = props();
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? null : uri.getPath().substring(1);
            String url = dialect.jdbcUrl(uri.getHost(), uri.getPort() < 0 ? null : uri.getPort(), database, Map.of());
            Connection c = DriverManager.getConnection(url, props);
            String schema = unique("rt");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
            }
            return new TestDb(dialect, c, schema, () -> {
                try (Connection d = DriverManager.getConnection(url, props); Statement s = d.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            });
        }

        @Override
        Connection second(TestDb db) throws SQLException {
            Connection c = DriverManager.getConnection(db.connection.getMetaData().getURL(), props());
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + db.schema);
            }
            return c;
        }

        /** User and password from the URL's user info, percent-decoded. */
        private Properties props() {
            URI uri = URI.create(System.getenv("RETORT_POSTGRES_URL").strip());
            Properties props = new Properties();
            String info = uri.getRawUserInfo();
            if (info != null) {
                int colon = info.indexOf(':');
                props.put("user", decode(colon < 0 ? info : info.substring(0, colon)));
                if (colon >= 0) {
                    props.put("password", decode(info.substring(colon + 1)));
                }
            }
            return props;
        }

        @Override
        List<Long> batchKeys() {
            return List.of(2L, 3L, 4L);
        }

        @Override
        boolean keepsOffset() {
            return false; // the instant, read back in UTC
        }

        @Override
        List<String> lockTimeoutSetup() {
            return List.of("SET lock_timeout = '100ms'");
        }
    };

    /**
     * MariaDB at {@code RETORT_MARIADB_URL} ({@code mariadb://user:pass@host:port/db}), each test
     * in a database of its own (MySQL's schemas), dropped afterwards. Without the variable the
     * tests are skipped, unless {@code RETORT_REQUIRE_MARIADB=1}.
     */
    static final Target MARIADB = new Target(MariaDbDialect.INSTANCE) {
        @Override
        TestDb open() throws Exception {
            String env = System.getenv("RETORT_MARIADB_URL");
            if (env == null || env.isBlank()) {
                if ("1".equals(System.getenv("RETORT_REQUIRE_MARIADB"))) {
                    fail("RETORT_REQUIRE_MARIADB=1 but RETORT_MARIADB_URL is not set");
                }
                Assumptions.abort("MariaDB tests skipped: set RETORT_MARIADB_URL=mariadb://user:pass@host:port/db");
            }
            URI uri = URI.create(env.strip());
            Properties props = userInfo(uri);
            String url = dialect.jdbcUrl(uri.getHost(), uri.getPort() < 0 ? null : uri.getPort(), null, Map.of());
            Connection c = DriverManager.getConnection(url, props);
            String schema = unique("rt");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + schema);
                s.execute("USE " + schema);
            }
            return new TestDb(dialect, c, schema, () -> {
                try (Connection d = DriverManager.getConnection(url, props); Statement s = d.createStatement()) {
                    s.execute("DROP DATABASE " + schema);
                }
            });
        }

        @Override
        Connection second(TestDb db) throws SQLException {
            URI uri = URI.create(System.getenv("RETORT_MARIADB_URL").strip());
            String url = dialect.jdbcUrl(uri.getHost(), uri.getPort() < 0 ? null : uri.getPort(), db.schema, Map.of());
            return DriverManager.getConnection(url, userInfo(uri));
        }

        @Override
        List<Long> batchKeys() {
            return List.of(2L, 3L, 4L);
        }

        @Override
        boolean keepsOffset() {
            return false; // the instant, as UTC wall-clock time in a DATETIME(6)
        }

        @Override
        List<String> lockTimeoutSetup() {
            return List.of("SET SESSION innodb_lock_wait_timeout = 1");
        }
    };

    /** User and password from a URL's user info, percent-decoded. */
    static Properties userInfo(URI uri) {
        Properties props = new Properties();
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            props.put("user", decode(colon < 0 ? info : info.substring(0, colon)));
            if (colon >= 0) {
                props.put("password", decode(info.substring(colon + 1)));
            }
        }
        return props;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
