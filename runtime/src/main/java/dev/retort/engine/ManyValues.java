package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.dialect.JdbcBinding;
import dev.retort.sql.Column;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.Compiled;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Inserts many rows as multi-row INSERTs, on a dialect with {@link Feature#INSERT_MANY_VALUES}
 * (PostgreSQL): SQLAlchemy's "insertmanyvalues". Each statement carries up to
 * {@link CompiledExecutor#BATCH_SIZE} rows. Without keys to return it is {@code INSERT INTO t (...)
 * VALUES (...), (...), ...}. With whole-number keys the database generates, it is {@code INSERT INTO
 * t (...) SELECT ... FROM (VALUES (..., 0), (..., 1), ...) ORDER BY} that counter {@code
 * RETURNING} the key: the database draws the keys in the counter's order, so in ascending order
 * they are the rows' keys in parameter order.
 *
 * <p>That rule is SQLAlchemy's; Retort also checks it. The keys must come back rising, one per
 * row. Otherwise (an identity that counts down, a trigger that sets the key, a default that is not
 * a sequence), or when the statement fails to type-check (SQLSTATE class 42), it is rolled back
 * to the savepoint taken before it and its rows go in as an executemany that reads every row's
 * key, as without this flag. See {@code docs/design/generated-keys.md}.
 */
final class ManyValues {
    /**
     * Fewer rows than this go in as an executemany. Returning keys, the savepoint and its release
     * cost two round trips, which a small batch does not win back; and each number of rows is a
     * statement text of its own, which the server plans again unless it comes back often.
     */
    static final int MIN_ROWS = 100;

    /** Parameters per statement, at most: the PostgreSQL driver refuses more than 32,767. */
    static final int MAX_PARAMETERS = 32_767;

    private static final String SAVEPOINT = "retort_many_values";

    private final Connection conn;
    private final java.sql.Connection jdbc;
    private final Compiled single;
    private final Column<?> keyColumn;
    private final JdbcBinding[] bindings;
    /** Rows per statement. */
    final int rowsPerStatement;
    /** The statement for {@link #rowsPerStatement} rows, and the one for the last, shorter statement. */
    private PreparedStatement full;
    private PreparedStatement tail;
    private String fullSql;
    private String tailSql;
    private int tailRows;

    private ManyValues(Connection conn, java.sql.Connection jdbc, Compiled single, Column<?> keyColumn,
            JdbcBinding[] bindings) {
        this.conn = conn;
        this.jdbc = jdbc;
        this.single = single;
        this.keyColumn = keyColumn;
        this.bindings = bindings;
        this.rowsPerStatement = Math.max(1, Math.min(CompiledExecutor.BATCH_SIZE, MAX_PARAMETERS / bindings.length));
    }

    /**
     * The inserter for an executemany of {@code rows} rows of {@code single} that returns keys of
     * {@code keyColumn} (none when {@code null}), or {@code null} where it does not apply: too few
     * rows, a dialect without the feature, a statement the dialect cannot render for many rows
     * (not an INSERT, or one with an expression for a value), or, to return keys, a key that is not
     * a whole number or a dialect without savepoints.
     */
    static ManyValues of(Connection conn, java.sql.Connection jdbc, Compiled single, Column<?> keyColumn,
            JdbcBinding[] bindings, int rows) {
        Dialect dialect = conn.dialect();
        if (rows < MIN_ROWS || bindings.length == 0 || !dialect.supports(Feature.INSERT_MANY_VALUES)
                || keyColumn != null && (!wholeNumber(keyColumn) || !dialect.supports(Feature.SAVEPOINTS))
                || dialect.sqlCompiler().insertManyValues(single, 1, keyName(keyColumn)) == null) {
            return null;
        }
        return new ManyValues(conn, jdbc, single, keyColumn, bindings);
    }

    private static String keyName(Column<?> keyColumn) {
        return keyColumn == null ? null : keyColumn.name();
    }

    private static boolean wholeNumber(Column<?> column) {
        TypeKind kind = column.type().storageType().kind();
        return kind == TypeKind.INTEGER || kind == TypeKind.BIGINT || kind == TypeKind.SMALLINT;
    }

    /**
     * Inserts rows {@code [from, from + n)} of {@code stored} in one statement, setting their
     * {@code counts} and, when it returns keys, their {@code keys}. {@code false} when a statement
     * returning keys failed to type-check, or its keys could not be matched to the rows: it was
     * rolled back to its savepoint, nothing was set, and the rows are to go as an executemany.
     */
    boolean insert(List<Object[]> stored, int from, int n, Object[] keys, int[] counts) {
        List<Object[]> rows = stored.subList(from, from + n);
        try {
            PreparedStatement ps = statement(n);
            String sql = n == rowsPerStatement ? fullSql : tailSql;
            if (keyColumn == null) {
                conn.log().statementManyValues(sql, rows);
                conn.track(ps);
                bind(ps, rows);
                // each row counts 1; a row a trigger skipped cannot be told apart, so the shortfall
                // is counted against the last rows (the sum, what callers add up, stays right)
                int inserted = Math.max(0, Math.min(n, ps.executeUpdate()));
                java.util.Arrays.fill(counts, from, from + inserted, 1);
                return true;
            }
            conn.log().line("SAVEPOINT " + SAVEPOINT);
            Savepoint savepoint = jdbc.setSavepoint(SAVEPOINT);
            Object[] got = new Object[n];
            boolean matched;
            try {
                conn.log().statementManyValues(sql, rows);
                conn.track(ps);
                bind(ps, rows);
                matched = read(ps, got);
            } catch (SQLException e) {
                // this form can fail to type-check where one-row INSERTs do not (a string the
                // driver sends untyped, for a column of another type, is TEXT inside VALUES):
                // then the rows go as the executemany, whose error, if it has one, is reported.
                // Any other failure (a constraint, a cancel, a lost connection) is the rows' own.
                String state = e.getSQLState();
                if (state == null || !state.startsWith("42")) {
                    throw e;
                }
                matched = false;
            }
            if (matched) {
                conn.log().line("RELEASE SAVEPOINT " + SAVEPOINT);
                jdbc.releaseSavepoint(savepoint);
                System.arraycopy(got, 0, keys, from, n);
                java.util.Arrays.fill(counts, from, from + n, 1);
                return true;
            }
            conn.log().line("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            jdbc.rollback(savepoint);
            conn.log().line("RELEASE SAVEPOINT " + SAVEPOINT);
            jdbc.releaseSavepoint(savepoint);
            return false;
        } catch (SQLException e) {
            throw CompiledExecutor.wrapMany(conn, e, single.sql(), rows);
        } catch (RuntimeException e) {
            throw CompiledExecutor.wrapUnchecked(conn, e, single.sql(), rows);
        }
    }

    private void bind(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] values : rows) {
            for (int i = 0; i < values.length; i++) {
                bindings[i].bind(ps, p++, values[i]);
            }
        }
    }

    /** Reads the keys into {@code got}: {@code true} when there is one per row and they rise. */
    private boolean read(PreparedStatement ps, Object[] got) throws SQLException {
        JdbcBinding binding = conn.dialect().binding(keyColumn.type());
        int k = 0;
        long previous = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object value = binding.read(rs, 1);
                if (k == got.length || !(value instanceof Number)) {
                    return false;
                }
                long key = ((Number) value).longValue();
                if (k > 0 && key <= previous) {
                    return false;
                }
                previous = key;
                got[k++] = keyColumn.type().fromDatabase(value);
            }
        }
        return k == got.length;
    }

    private PreparedStatement statement(int n) throws SQLException {
        if (n == rowsPerStatement) {
            if (full == null) {
                fullSql = conn.dialect().sqlCompiler().insertManyValues(single, n, keyName(keyColumn));
                full = jdbc.prepareStatement(fullSql);
            }
            return full;
        }
        if (tail == null || tailRows != n) {
            CompiledExecutor.closeQuietly(tail);
            tail = null;
            tailSql = conn.dialect().sqlCompiler().insertManyValues(single, n, keyName(keyColumn));
            tail = jdbc.prepareStatement(tailSql);
            tailRows = n;
        }
        return tail;
    }

    /** Closes the statements this call prepared. */
    void close() {
        CompiledExecutor.closeQuietly(full);
        CompiledExecutor.closeQuietly(tail);
    }
}
