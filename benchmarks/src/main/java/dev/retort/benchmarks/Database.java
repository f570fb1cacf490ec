package dev.retort.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database every contender of a fork uses, and the untimed work around the measured code:
 * the schema (plain DDL, the same for every contender), filling tables, and counting rows to
 * check what a benchmark did.
 *
 * <p>Embedded in-memory Derby by default. When the environment variable {@code RETORT_BENCH_URL}
 * (or {@code RETORT_BENCH_POSTGRES_URL}) names a PostgreSQL server, either as
 * {@code postgresql://user:password@host:port/db} or as a {@code jdbc:postgresql:} URL, every
 * contender runs against that server instead. The URL travels to JMH's forks in the environment,
 * never on a command line, so its password is never printed.
 */
final class Database implements AutoCloseable {
    /** The insert every hand-written contender runs. */
    static final String INSERT = "INSERT INTO customer (name, description) VALUES (?, ?)";
    /** The JDBC batch size, and every library's. */
    static final int BATCH = 1000;

    private static final String DERBY_NAME = "retort_bench";
    private static final String DERBY_URL = "jdbc:derby:memory:" + DERBY_NAME + ";create=true";

    /** The URL as the user gave it (Retort's engine takes either form). */
    final String url;
    /** The JDBC URL, without credentials. */
    final String jdbcUrl;
    final String user;
    final String password;
    final boolean postgres;
    private HikariDataSource pool;

    private Database(String url, String jdbcUrl, String user, String password) {
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The database named by the environment, or in-memory Derby. Does not connect yet. */
    static Database fromEnvironment() {
        String url = System.getenv("RETORT_BENCH_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("RETORT_BENCH_POSTGRES_URL");
        }
        if (url == null || url.isBlank()) {
            if (System.getProperty("derby.stream.error.file") == null) {
                System.setProperty("derby.stream.error.file",
                        Path.of(System.getProperty("java.io.tmpdir"), "retort-bench-derby.log").toString());
            }
            return new Database(DERBY_URL, DERBY_URL, null, null);
        }
        if (url.startsWith("jdbc:")) {
            return new Database(url, url, null, null);
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new IllegalArgumentException("RETORT_BENCH_URL: expected postgresql://user:password@host:port/db or a jdbc: URL");
        }
        URI uri = URI.create(url);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Database(url, jdbc, user, password);
    }

    /** "Derby (in memory)" or "PostgreSQL host:port/db": never the credentials. */
    String describe() {
        return postgres ? "PostgreSQL " + jdbcUrl.substring("jdbc:postgresql://".length()).replaceAll("\\?.*", "")
                : "embedded in-memory Derby";
    }

    /**
     * The pool every contender but Retort takes its connections from (Retort's engine builds its
     * own pool from the URL, its idiomatic setup: the built-in one, or HikariCP when the jar is
     * built with the {@code retort-hikari} profile): HikariCP, two connections, otherwise
     * its production defaults. Statements are cached by the drivers themselves (Derby's
     * per-database statement cache, pgJDBC's per-connection server-prepared statements).
     */
    synchronized HikariDataSource dataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            if (user != null) {
                config.setUsername(user);
            }
            if (password != null) {
                config.setPassword(password);
            }
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(1);
            config.setPoolName("bench");
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** A pooled connection, auto-commit off, as hand-written JDBC code in an application would use. */
    Connection jdbc() throws SQLException {
        Connection c = dataSource().getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** A connection straight from the driver, no pool (the cold start measures this). */
    Connection connectDirectly() throws SQLException {
        return user == null ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, user, password);
    }

    /**
     * Drops and creates the schema: {@code customer} (identity key, name, description), the
     * sequence {@code customer_seq} for the sequence-key variants (increment 50, Hibernate's
     * default allocation size), and the graph {@code users} 1 - n {@code addresses}. Tables are
     * empty and identity and sequence values start at 1 again.
     */
    void recreate() throws SQLException {
        List<String> drops = List.of("DROP TABLE addresses", "DROP TABLE users", "DROP TABLE customer",
                "DROP SEQUENCE customer_seq" + (postgres ? "" : " RESTRICT"));
        List<String> creates = List.of(
                "CREATE TABLE customer (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " name VARCHAR(255), description VARCHAR(255))",
                "CREATE SEQUENCE customer_seq AS BIGINT START WITH 1 INCREMENT BY 50",
                "CREATE TABLE users (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name VARCHAR(50) NOT NULL)",
                "CREATE TABLE addresses (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " user_id BIGINT NOT NULL REFERENCES users (id), email VARCHAR(100) NOT NULL)",
                "CREATE INDEX addresses_user_id ON addresses (user_id)");
        try (Connection c = connectDirectly(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String drop : drops) {
                try {
                    s.execute(drop);
                } catch (SQLException absent) {
                    // the first time round there is nothing to drop
                }
            }
            for (String create : creates) {
                s.execute(create);
            }
        }
    }

    /** Inserts {@code n} customers (ids 1..n) with the example's names and descriptions, untimed setup. */
    void fill(int n) throws SQLException {
        try (Connection c = jdbc()) {
            batchInsert(c, names(n), descriptions(n));
        }
    }

    /** Inserts {@code users} users (ids 1..users) with {@code perUser} addresses each (ids in user order). */
    void fillGraph(int users, int perUser) throws SQLException {
        try (Connection c = jdbc();
                PreparedStatement u = c.prepareStatement("INSERT INTO users (id, name) VALUES (?, ?)");
                PreparedStatement a = c.prepareStatement("INSERT INTO addresses (user_id, email) VALUES (?, ?)")) {
            for (long id = 1; id <= users; id++) {
                u.setLong(1, id);
                u.setString(2, "user " + id);
                u.addBatch();
            }
            u.executeBatch();
            for (long id = 1; id <= users; id++) {
                for (int i = 0; i < perUser; i++) {
                    a.setLong(1, id);
                    a.setString(2, "user" + id + "." + i + "@example.com");
                    a.addBatch();
                }
                if (id % 100 == 0 || id == users) {
                    a.executeBatch();
                }
            }
            c.commit();
        }
    }

    /** {@code "customer name 0"} ...: the example's names, made once per trial so no contender pays for them. */
    static String[] names(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "customer name " + i;
        }
        return names;
    }

    /** {@code "customer description 0"} ...: the example's descriptions. */
    static String[] descriptions(int n) {
        String[] descriptions = new String[n];
        for (int i = 0; i < n; i++) {
            descriptions[i] = "customer description " + i;
        }
        return descriptions;
    }

    /**
     * What people write, and the baseline of the insert workloads: one {@code PreparedStatement},
     * batches of {@link #BATCH}, no generated keys read, then commit.
     *
     * @return the number of rows inserted
     */
    static int batchInsert(Connection c, String[] names, String[] descriptions) throws SQLException {
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < names.length; i++) {
                ps.setString(1, names[i]);
                ps.setString(2, descriptions[i]);
                ps.addBatch();
                if ((i + 1) % BATCH == 0 || i == names.length - 1) {
                    for (int n : ps.executeBatch()) {
                        rows += n < 0 ? 1 : n;
                    }
                }
            }
        }
        c.commit();
        return rows;
    }

    /** The first column of the first row of a query, a number: to check what a benchmark did. */
    long scalar(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }

    /** {@code SELECT count(*) FROM customer [WHERE where]}. */
    long count(String where) throws SQLException {
        return scalar("SELECT count(*) FROM customer" + (where == null ? "" : " WHERE " + where));
    }

    /** Raises unless the table holds {@code expected} rows matching {@code where}. */
    void expect(long expected, String where, String what) throws SQLException {
        long n = count(where);
        if (n != expected) {
            throw new IllegalStateException(what + ": expected " + expected + " rows" + (where == null ? "" : " with " + where)
                    + ", found " + n);
        }
    }

    /**
     * Raises unless the row with key {@code id} is the one named {@code name}: the object that
     * got this key back is the row it was inserted as. (Not "the largest key": a pooled sequence
     * hands out keys out of insertion order.)
     */
    void expectKey(Long id, String name, String what) throws SQLException {
        String found = null;
        try (Connection c = jdbc(); PreparedStatement ps = c.prepareStatement("SELECT name FROM customer WHERE id = ?")) {
            ps.setLong(1, id == null ? -1 : id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    found = rs.getString(1);
                }
            }
            c.commit();
        }
        if (!name.equals(found)) {
            throw new IllegalStateException(what + ": the object named " + name + " got key " + id + ", whose row is named " + found);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        if (!postgres) {
            try {
                DriverManager.getConnection("jdbc:derby:memory:" + DERBY_NAME + ";drop=true").close();
            } catch (SQLException expected) {
                // Derby reports a dropped database with SQLState 08006
            }
        }
    }
}
