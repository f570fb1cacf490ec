package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.dialect.JdbcBinding;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.RetortException;
import dev.retort.sql.Column;
import dev.retort.sql.SqlType;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompiledParameter;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs statements compiled once and executed many times with positional values: the path the ORM's
 * unit of work takes. Values are Java-typed, in the compiled statement's parameter order; each is
 * converted by its SQL type and bound by the dialect's binding, with no maps or string building per
 * row. Echo and error wrapping work as for {@link Connection#execute}.
 */
final class CompiledExecutor {
    /** Rows per JDBC batch: large enough to amortize round trips, small enough to bound driver memory. */
    static final int BATCH_SIZE = 1000;

    private CompiledExecutor() {}

    static Result execute(Connection conn, java.sql.Connection jdbc, Compiled compiled, Object[] values) {
        Dialect dialect = conn.dialect();
        String sql = compiled.sql();
        Object[] stored = stored(compiled, values);
        conn.log().statement(sql, stored);
        StatementCache.Entry cached = conn.statements.take(compiled);
        PreparedStatement ps = cached == null ? null : cached.statement();
        try {
            if (ps == null) {
                ps = jdbc.prepareStatement(sql);
            }
            conn.track(ps);
            bind(ps, bindings(dialect, compiled), stored);
            if (ps.execute()) {
                ResultSet rs = ps.getResultSet();
                RowShape shape = cached != null && cached.shape() != null ? cached.shape()
                        : conn.engine().rowShapes().of(dialect, compiled, rs);
                Result r = Result.ofCachedRows(conn, sql, stored, ps, rs, shape, compiled);
                conn.remember(r);
                ps = null; // the result gives it back to the cache
                return r;
            }
            Result r = Result.ofCount(conn, ps.getUpdateCount(), null, "it was executed from a compiled statement");
            conn.statements.give(compiled, new StatementCache.Entry(ps, null));
            ps = null;
            return r;
        } catch (SQLException e) {
            throw conn.wrap(e, sql, stored);
        } catch (RuntimeException e) {
            throw conn.wrapUnchecked(e, sql, stored);
        } finally {
            conn.untrack();
            closeQuietly(ps);
        }
    }

    static int[] executeBatch(Connection conn, java.sql.Connection jdbc, Compiled compiled, List<Object[]> valueSets,
            Column<?> keyColumn, Object[] keys) {
        Dialect dialect = conn.dialect();
        String sql = compiled.sql();
        List<Object[]> stored = new ArrayList<>(valueSets.size());
        for (Object[] values : valueSets) {
            stored.add(stored(compiled, values));
        }
        JdbcBinding[] bindings = bindings(dialect, compiled);
        int[] counts = new int[stored.size()];
        boolean perRow = stored.size() == 1 || (keyColumn != null && !dialect.supports(Feature.BATCH_GENERATED_KEYS));
        int done = 0;
        try (PreparedStatement ps = conn.track(keyColumn == null ? jdbc.prepareStatement(sql)
                : jdbc.prepareStatement(sql, new String[] {dialect.generatedKeyColumnName(keyColumn.name())}))) {
            if (perRow && IdentityRuns.applies(dialect, keyColumn, stored.size())) {
                IdentityRuns.insert(conn, jdbc, ps, sql, bindings, stored, keyColumn, keys, counts);
                return counts;
            }
            if (perRow) {
                for (Object[] values : stored) {
                    conn.log().statement(sql, values);
                    bind(ps, bindings, values);
                    counts[done] = ps.executeUpdate();
                    if (keyColumn != null) {
                        readKeys(dialect, keyColumn, ps, keys, done, 1);
                    }
                    done++;
                }
            } else {
                ManyValues many = ManyValues.of(conn, jdbc, compiled, keyColumn, bindings, stored.size());
                try {
                    done = batches(conn, ps, sql, bindings, stored, keyColumn, keys, counts, many);
                } finally {
                    if (many != null) {
                        many.close();
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            if (perRow && done < stored.size()) {
                throw conn.wrap(e, sql, stored.get(done)); // one row's executeUpdate: no batch exception to unwrap
            }
            throw wrapMany(conn, e, sql, stored);
        } catch (RuntimeException e) {
            if (perRow && done < stored.size()) {
                throw conn.wrapUnchecked(e, sql, stored.get(done));
            }
            throw wrapUnchecked(conn, e, sql, stored);
        } finally {
            conn.untrack();
        }
    }

    /**
     * The rows in JDBC batches of {@link #BATCH_SIZE}, reading the keys of each; with {@code many},
     * as many rows as it takes go in its multi-row INSERTs first. Returns the rows done.
     */
    private static int batches(Connection conn, PreparedStatement ps, String sql, JdbcBinding[] bindings,
            List<Object[]> stored, Column<?> keyColumn, Object[] keys, int[] counts, ManyValues many)
            throws SQLException {
        int done = 0;
        while (done < stored.size()) {
            int end = Math.min(stored.size(), done + BATCH_SIZE);
            if (many != null && stored.size() - done >= ManyValues.MIN_ROWS) {
                int n = Math.min(many.rowsPerStatement, stored.size() - done);
                if (many.insert(stored, done, n, keys, counts)) {
                    done += n;
                    continue;
                }
                end = done + n; // the keys could not be matched to the rows: these go as a batch
            }
            List<Object[]> chunk = stored.subList(done, end);
            conn.track(ps);
            conn.log().statementMany(sql, chunk);
            for (Object[] values : chunk) {
                bind(ps, bindings, values);
                ps.addBatch();
            }
            int[] n = ps.executeBatch();
            System.arraycopy(n, 0, counts, done, n.length);
            if (keyColumn != null) {
                readKeys(conn.dialect(), keyColumn, ps, keys, done, n.length);
            }
            done = end;
        }
        return done;
    }

    /**
     * {@link Connection#wrap} for an executemany: the driver's own error for a failed batch (the
     * next exception of a {@link BatchUpdateException} that has no SQLSTATE), with every parameter set.
     */
    static DatabaseException wrapMany(Connection conn, SQLException e, String sql, List<Object[]> stored) {
        SQLException cause = e instanceof BatchUpdateException && e.getSQLState() == null
                && e.getNextException() != null ? e.getNextException() : e;
        List<Object> all = new ArrayList<>(stored.size());
        for (Object[] values : stored) {
            all.add(EngineLog.asList(values));
        }
        return conn.wrap(cause, sql, Collections.unmodifiableList(all), conn.log().parametersTextMany(stored));
    }

    /** {@link Connection#wrapUnchecked} for an executemany: every parameter set. */
    static RuntimeException wrapUnchecked(Connection conn, RuntimeException e, String sql, List<Object[]> stored) {
        if (e instanceof RetortException) {
            return e;
        }
        List<Object> all = new ArrayList<>(stored.size());
        for (Object[] values : stored) {
            all.add(EngineLog.asList(values));
        }
        return new DatabaseException(sql, Collections.unmodifiableList(all), conn.log().parametersTextMany(stored),
                Connection.unchecked(e));
    }

    static void readKeys(Dialect dialect, Column<?> column, Statement ps, Object[] keys, int from, int count)
            throws SQLException {
        JdbcBinding binding = dialect.binding(column.type());
        try (ResultSet rs = ps.getGeneratedKeys()) {
            for (int i = 0; i < count; i++) {
                if (rs == null || !rs.next()) {
                    throw new SQLException("The driver returned " + i + " generated keys for " + count
                            + " inserted rows; the dialect's Feature.BATCH_GENERATED_KEYS is wrong for this driver");
                }
                Object stored = binding.read(rs, 1);
                keys[from + i] = stored == null ? null : column.type().fromDatabase(stored);
            }
        }
    }

    static Object[] stored(Compiled compiled, Object[] values) {
        List<CompiledParameter> parameters = compiled.parameters();
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException("The statement has " + parameters.size() + " parameters but "
                    + values.length + " values were given\n[SQL: " + compiled.sql() + "]");
        }
        Object[] stored = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            stored[i] = values[i] == null ? null : toDatabase(parameters.get(i).type(), values[i]);
        }
        return stored;
    }

    private static <T> Object toDatabase(SqlType<T> type, Object value) {
        return type.toDatabase(type.coerce(value, "parameter"));
    }

    static JdbcBinding[] bindings(Dialect dialect, Compiled compiled) {
        List<CompiledParameter> parameters = compiled.parameters();
        JdbcBinding[] b = new JdbcBinding[parameters.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = dialect.binding(parameters.get(i).type());
        }
        return b;
    }

    static void bind(PreparedStatement ps, JdbcBinding[] bindings, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bindings[i].bind(ps, i + 1, values[i]);
        }
    }

    static void closeQuietly(Statement s) {
        if (s != null) {
            try {
                s.close();
            } catch (SQLException e) {
                EngineLog.LOG.debug("Could not close a statement", e);
            }
        }
    }
}
