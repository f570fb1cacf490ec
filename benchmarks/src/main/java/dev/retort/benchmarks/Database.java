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
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, 1000)
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
        try (Connection c = jdbc();
                PreparedStatement ps = c.prepareStatement("INSERT INTO customer (name, description) VALUES (?, ?)")) {
            for (int i = 0; i < n; i++) {
                ps.setString(1, "customer name " + i);
                ps.setString(2, "customer description " + i);
                ps.addBatch();
                if ((i + 1) % 1000 == 0 || i == n - 1) {
                    ps.executeBatch();
                }
            }
            c.commit();
        }
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
