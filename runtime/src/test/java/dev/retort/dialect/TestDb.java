package dev.retort.dialect;

import dev.retort.exc.DatabaseException;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.DdlStatement;
import dev.retort.sql.Index;
import dev.retort.sql.SqlType;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompiledParameter;
import dev.retort.sql.compile.ResultColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on one real database, the way the engine will do it: statements compiled by the
 * dialect, every value bound with {@code dialect.binding(type)} after {@code type.toDatabase(v)},
 * every value read with {@code binding.read} and {@code type.fromDatabase}. No engine involved.
 */
final class TestDb implements AutoCloseable {
    final Dialect dialect;
    final Connection connection;
    /** The schema the test's tables live in, or {@code null} for the default. */
    final String schema;
    private final AutoCloseable cleanup;

    TestDb(Dialect dialect, Connection connection, String schema, AutoCloseable cleanup) throws SQLException {
        this.dialect = dialect;
        this.connection = connection;
        this.schema = schema;
        this.cleanup = cleanup;
        dialect.initializeConnection(connection);
    }

    Compiled compile(ClauseElement statement) {
        return compile(statement, null);
    }

    Compiled compile(ClauseElement statement, Collection<String> keys) {
        return statement instanceof DdlStatement ? dialect.ddlCompiler().compile(statement)
                : dialect.sqlCompiler().compile(statement, keys);
    }

    /** Runs DDL. */
    void ddl(ClauseElement ddl) throws SQLException {
        raw(compile(ddl).sql());
    }

    /** CREATE TABLE and CREATE INDEX for each table. */
    void create(List<Table> tables) throws SQLException {
        for (Table t : tables) {
            ddl(dev.retort.sql.Expressions.createTable(t));
            for (Index i : t.indexes()) {
                ddl(dev.retort.sql.Expressions.createIndex(i));
            }
        }
    }

    /** Runs SQL text as it is. */
    void raw(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Executes an INSERT, UPDATE, DELETE or DDL; returns the update count. */
    int update(ClauseElement statement, Map<String, ?> params) {
        Compiled c = compile(statement, keysOf(statement, params));
        try (PreparedStatement ps = connection.prepareStatement(c.sql())) {
            bind(ps, c, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap(e, c);
        }
    }

    int update(ClauseElement statement) {
        return update(statement, Map.of());
    }

    /** Executes a query (or DML with RETURNING); returns its rows, read through the dialect's bindings. */
    List<List<Object>> query(ClauseElement statement, Map<String, ?> params) {
        Compiled c = compile(statement, keysOf(statement, params));
        try (PreparedStatement ps = connection.prepareStatement(c.sql())) {
            bind(ps, c, params);
            try (ResultSet rs = ps.executeQuery()) {
                return read(rs, c.resultColumns());
            }
        } catch (SQLException e) {
            throw wrap(e, c);
        }
    }

    List<List<Object>> query(ClauseElement statement) {
        return query(statement, Map.of());
    }

    /** The single value of a one-row, one-column query. */
    Object scalar(ClauseElement statement, Map<String, ?> params) {
        List<List<Object>> rows = query(statement, params);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("Expected one value, got " + rows);
        }
        return rows.get(0).get(0);
    }

    Object scalar(ClauseElement statement) {
        return scalar(statement, Map.of());
    }

    /**
     * Inserts rows with {@code prepareStatement(sql, new String[] {key column})} and returns what
     * {@code getGeneratedKeys()} reports: after one {@code executeUpdate} per row, or after one
     * {@code executeBatch} for all rows.
     */
    List<Long> insertForKeys(Table table, List<Map<String, ?>> rows, boolean batch) {
        Compiled c = compile(table.insert(), rows.get(0).keySet());
        String keyColumn = dialect.generatedKeyColumnName(table.autoincrementColumn().name());
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(c.sql(), new String[] {keyColumn})) {
            for (Map<String, ?> row : rows) {
                bind(ps, c, row);
                if (batch) {
                    ps.addBatch();
                } else {
                    ps.executeUpdate();
                    keys.addAll(keys(ps));
                }
            }
            if (batch) {
                ps.executeBatch();
                keys.addAll(keys(ps));
            }
            return keys;
        } catch (SQLException e) {
            throw wrap(e, c);
        }
    }

    private static List<Long> keys(PreparedStatement ps) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (ResultSet rs = ps.getGeneratedKeys()) {
            while (rs.next()) {
                keys.add(((Number) rs.getObject(1)).longValue());
            }
        }
        return keys;
    }

    /** Binds the compiled statement's parameters in order, from {@code params} or the values it was built with. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void bind(PreparedStatement ps, Compiled c, Map<String, ?> params) throws SQLException {
        Object[] values = c.bind(params);
        for (int i = 0; i < values.length; i++) {
            CompiledParameter p = c.parameters().get(i);
            SqlType type = p.type();
            dialect.binding(type).bind(ps, i + 1, type.toDatabase(values[i]));
        }
    }

    /** Reads rows through the bindings of the result columns' types; untyped columns by value. */
    List<List<Object>> read(ResultSet rs, List<ResultColumn> columns) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 0; i < n; i++) {
                if (i < columns.size()) {
                    SqlType<?> type = columns.get(i).type();
                    row[i] = type.fromDatabase(dialect.binding(type).read(rs, i + 1));
                } else {
                    row[i] = dialect.untypedBinding().read(rs, i + 1);
                }
            }
            rows.add(Arrays.asList(row));
        }
        return rows;
    }

    DatabaseException wrap(SQLException e, Compiled c) {
        return dialect.wrap(e, c.sql(), List.of(), null);
    }

    /**
     * The parameter names an INSERT or UPDATE covers: the given keys, as an engine compiles
     * {@code execute(table.insert(), params)}; none at all makes {@code INSERT ... DEFAULT VALUES}.
     */
    private static Collection<String> keysOf(ClauseElement statement, Map<String, ?> params) {
        boolean dml = statement instanceof dev.retort.sql.Insert || statement instanceof dev.retort.sql.Update;
        return dml ? params.keySet() : null;
    }

    /** Whether a table exists, asked through the catalog with the dialect's name folding. */
    boolean tableExists(String name) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, dialect.denormalizeName(name), null)) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || !schema.equalsIgnoreCase("information_schema")) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        } finally {
            if (cleanup != null) {
                try {
                    cleanup.close();
                } catch (SQLException e) {
                    throw e;
                } catch (Exception e) {
                    throw new SQLException("Could not dispose of the test database", e);
                }
            }
        }
    }
}
