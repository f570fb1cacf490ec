package dev.retort.engine.reflect;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * A database for the reflection tests: lends fresh {@link DriverManager} connections to the
 * inspector as the engine would (one per callback, closed afterwards), optionally switched to a
 * schema of the test's own, and runs raw DDL.
 */
final class TestDatabase implements JdbcAccess {
    private final Dialect dialect;
    private final String url;
    private final Properties properties;
    private final String schema;

    /**
     * @param schema the schema each connection is switched to, as stored ({@code S1}), or
     *     {@code null} to keep the connection's own
     */
    TestDatabase(Dialect dialect, String url, Properties properties, String schema) {
        this.dialect = dialect;
        this.url = url;
        this.properties = properties;
        this.schema = schema;
    }

    /** The same database with connections switched to {@code storedSchema} (or left alone). */
    TestDatabase inSchema(String storedSchema) {
        return new TestDatabase(dialect, url, properties, storedSchema);
    }

    /** The JDBC URL. */
    String url() {
        return url;
    }

    /** The schema connections are switched to, as stored, or {@code null}. */
    String schema() {
        return schema;
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, properties);
        if (schema != null) {
            c.setSchema(schema);
        }
        return c;
    }

    @Override
    public <R> R withJdbcConnection(JdbcFunction<R> work) {
        try (Connection c = connect()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw dialect.wrap(e, "(reading the catalog)", List.of(), "");
        }
    }

    /** Runs each statement, in order, and commits. */
    void execute(String... statements) {
        String current = null;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                current = s;
                st.execute(s);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test DDL failed: " + current + ": " + e.getMessage(), e);
        }
    }
}
