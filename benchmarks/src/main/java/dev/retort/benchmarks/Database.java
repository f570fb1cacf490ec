package dev.retort.benchmarks;

import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.SessionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The three contenders on one embedded in-memory Derby database in this JVM: a Retort engine and
 * session factory, a Hibernate session factory, and plain JDBC connections, all on the same JDBC
 * URL. The schema is Retort's ({@code Base_.metadata()}); {@link #recreate()} drops and creates
 * the table, so every measured operation starts from the same state, identity values from 1.
 */
final class Database implements AutoCloseable {
    static final String NAME = "retort_bench";
    static final String URL = "jdbc:derby:memory:" + NAME + ";create=true";
    /** The insert every JDBC contender runs. */
    static final String INSERT = "INSERT INTO customer (name, description) VALUES (?, ?)";
    /** The JDBC batch size, and Hibernate's. */
    static final int BATCH = 1000;

    final Engine engine;
    final SessionFactory retort;
    final org.hibernate.SessionFactory hibernate;

    Database() {
        // first, so the engine points derby.log to java.io.tmpdir before Derby boots
        engine = Engine.create(URL);
        retort = sessionmaker(engine);
        recreate();
        hibernate = new Configuration()
                .addAnnotatedClass(HibernateCustomer.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, URL)
                .setProperty(AvailableSettings.DIALECT, "org.hibernate.community.dialect.DerbyDialect")
                .setProperty(AvailableSettings.POOL_SIZE, 2)
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH)
                .setProperty(AvailableSettings.ORDER_INSERTS, true)
                .setProperty(AvailableSettings.ORDER_UPDATES, true)
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "none")
                .setProperty(AvailableSettings.GENERATE_STATISTICS, false)
                .setProperty(AvailableSettings.SHOW_SQL, false)
                .buildSessionFactory();
    }

    /** Drops and creates the schema: an empty table whose identity column starts at 1 again. */
    void recreate() {
        Base_.metadata().dropAll(engine);
        Base_.metadata().createAll(engine);
    }

    /** A new JDBC connection to the database, auto-commit off, as hand-written JDBC code would use. */
    Connection jdbc() throws SQLException {
        Connection c = DriverManager.getConnection(URL);
        c.setAutoCommit(false);
        return c;
    }

    /** Inserts {@code n} customers (ids 1..n) with the seed's names and descriptions, untimed setup. */
    void fill(int n) throws SQLException {
        try (Connection c = jdbc()) {
            batchInsert(c, names(n), descriptions(n));
        }
    }

    /** {@code "customer name 0"} ... : the seed's names, made once per trial so no contender pays for them. */
    static String[] names(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "customer name " + i;
        }
        return names;
    }

    /** {@code "customer description 0"} ...: the seed's descriptions. */
    static String[] descriptions(int n) {
        String[] descriptions = new String[n];
        for (int i = 0; i < n; i++) {
            descriptions[i] = "customer description " + i;
        }
        return descriptions;
    }

    /**
     * What people write, and the baseline of the insert scenarios: one {@code PreparedStatement},
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
                        rows += n;
                    }
                }
            }
        }
        c.commit();
        return rows;
    }

    /** {@code SELECT count(*) FROM customer [WHERE where]}, to check what a benchmark did. */
    long count(String where) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM customer" + (where == null ? "" : " WHERE " + where))) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }

    /** Raises unless the table holds {@code expected} rows matching {@code where}. */
    void expect(long expected, String where, String what) throws SQLException {
        long n = count(where);
        if (n != expected) {
            throw new IllegalStateException(what + ": expected " + expected + " rows" + (where == null ? "" : " with " + where)
                    + ", found " + n);
        }
    }

    @Override
    public void close() {
        hibernate.close();
        engine.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:" + NAME + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with SQLState 08006
        }
    }
}
