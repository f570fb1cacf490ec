package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.dialect.JdbcBinding;
import dev.retort.sql.Column;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Inserts many rows whose identity keys the database generates, in JDBC batches, on a database
 * whose driver reports a generated key only for a single-row INSERT: one with
 * {@link Feature#MONOTONIC_IDENTITY} but not {@link Feature#BATCH_GENERATED_KEYS} (Derby).
 *
 * <p>Each run of up to {@link CompiledExecutor#BATCH_SIZE} rows goes in as its first row alone
 * (the driver reports its key {@code first}), a savepoint, the rows between in one batch that asks
 * for no keys, and its last row alone ({@code last}). The identity generator hands out values that
 * rise with every row it numbers (fall, for a negative increment), never the same one twice, to
 * every connection. So the {@code n} rows of the run got {@code n} distinct values in order, from
 * {@code first} to {@code last}. When {@code |last - first| = n - 1}, there are only {@code n}
 * integers in that range: the rows got every one of them, in order, and the keys of the rows
 * between are {@code first ± 1, first ± 2, ...}. Otherwise another writer took values in between
 * (or the increment is not 1): the run is rolled back to the savepoint, and its rows after the
 * first are inserted one at a time, reading each key, as a database without this flag always does.
 * No lock is taken and no key is guessed; see {@code docs/design/generated-keys.md}.
 */
final class IdentityRuns {
    /**
     * Fewer rows than this are inserted one at a time: two single rows and a savepoint would cost
     * about what a batch of the rest saves.
     */
    static final int MIN_ROWS = 8;

    private static final String SAVEPOINT = "retort_identity_run";

    private IdentityRuns() {}

    /** Whether {@link #insert} applies to {@code rows} rows inserted with keys of {@code keyColumn}. */
    static boolean applies(Dialect dialect, Column<?> keyColumn, int rows) {
        return keyColumn != null && rows >= MIN_ROWS && dialect.supports(Feature.MONOTONIC_IDENTITY)
                && dialect.supports(Feature.SAVEPOINTS);
    }

    /**
     * Inserts {@code stored} (values already converted for the database), filling {@code keys} and
     * {@code counts}. {@code keyed} is the statement prepared to return the key column.
     */
    static void insert(Connection conn, java.sql.Connection jdbc, PreparedStatement keyed, String sql,
            JdbcBinding[] bindings, List<Object[]> stored, Column<?> keyColumn, Object[] keys, int[] counts) {
        Run run = new Run(conn, jdbc, keyed, sql, bindings, stored, keyColumn, keys, counts);
        try {
            run.all();
        } catch (SQLException e) {
            throw run.wrap(e);
        } catch (RuntimeException e) {
            throw run.wrapUnchecked(e);
        } finally {
            CompiledExecutor.closeQuietly(run.plain);
        }
    }

    /** One call's statements and progress. */
    private static final class Run {
        final Connection conn;
        final java.sql.Connection jdbc;
        final PreparedStatement keyed;
        final String sql;
        final JdbcBinding[] bindings;
        final List<Object[]> stored;
        final Column<?> keyColumn;
        final Object[] keys;
        final int[] counts;
        /** The statement for the rows between, asking for no keys; made at the first run. */
        PreparedStatement plain;
        /** The row executing alone, or the first row of the executing batch. */
        int row;
        /** Whether a batch (rows {@code row} to {@code batchEnd}) is executing. */
        boolean inBatch;
        int batchEnd;

        Run(Connection conn, java.sql.Connection jdbc, PreparedStatement keyed, String sql, JdbcBinding[] bindings,
                List<Object[]> stored, Column<?> keyColumn, Object[] keys, int[] counts) {
            this.conn = conn;
            this.jdbc = jdbc;
            this.keyed = keyed;
            this.sql = sql;
            this.bindings = bindings;
            this.stored = stored;
            this.keyColumn = keyColumn;
            this.keys = keys;
            this.counts = counts;
        }

        void all() throws SQLException {
            int from = 0;
            while (from < stored.size()) {
                int end = Math.min(stored.size(), from + CompiledExecutor.BATCH_SIZE);
                if (end - from < MIN_ROWS) {
                    alone(from, end);
                } else {
                    run(from, end);
                }
                from = end;
            }
        }

        /** Rows {@code [from, end)}: the first and last alone, those between in a batch. */
        private void run(int from, int end) throws SQLException {
            int last = end - 1;
            alone(from, from + 1);
            long first = integral(keys[from]);
            if (first == Long.MIN_VALUE) {
                alone(from + 1, end); // not a whole number: nothing to count
                return;
            }
            conn.log().line("SAVEPOINT " + SAVEPOINT);
            Savepoint savepoint = jdbc.setSavepoint(SAVEPOINT);
            between(from + 1, last);
            alone(last, end);
            long span = span(first, integral(keys[last]));
            long step = Long.signum(span);
            if (step != 0 && span == step * (last - from)) {
                conn.log().line("RELEASE SAVEPOINT " + SAVEPOINT);
                jdbc.releaseSavepoint(savepoint);
                for (int i = from + 1; i < last; i++) {
                    keys[i] = keyColumn.type().coerce(first + step * (i - from), "a generated key");
                }
                return;
            }
            // another writer drew identity values while the run went in: its keys are not known
            conn.log().line("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            jdbc.rollback(savepoint);
            conn.log().line("RELEASE SAVEPOINT " + SAVEPOINT);
            jdbc.releaseSavepoint(savepoint);
            alone(from + 1, end);
        }

        /** Rows {@code [from, end)} one at a time, reading each key. */
        private void alone(int from, int end) throws SQLException {
            inBatch = false;
            conn.track(keyed);
            for (row = from; row < end; row++) {
                Object[] values = stored.get(row);
                conn.log().statement(sql, values);
                CompiledExecutor.bind(keyed, bindings, values);
                counts[row] = keyed.executeUpdate();
                CompiledExecutor.readKeys(conn.dialect(), keyColumn, keyed, keys, row, 1);
            }
        }

        /** Rows {@code [from, end)} in one batch that reads no keys. */
        private void between(int from, int end) throws SQLException {
            if (plain == null) {
                plain = jdbc.prepareStatement(sql);
            }
            conn.track(plain);
            row = from;
            batchEnd = end;
            inBatch = true;
            List<Object[]> batch = stored.subList(from, end);
            conn.log().statementMany(sql, batch);
            for (Object[] values : batch) {
                CompiledExecutor.bind(plain, bindings, values);
                plain.addBatch();
            }
            int[] n = plain.executeBatch();
            System.arraycopy(n, 0, counts, from, n.length);
            inBatch = false;
        }

        /** {@code last - first}, or 0 when it overflows or either is not a whole number. */
        private static long span(long first, long last) {
            if (first == Long.MIN_VALUE || last == Long.MIN_VALUE) {
                return 0;
            }
            long span = last - first;
            return ((first ^ last) & (last ^ span)) < 0 ? 0 : span;
        }

        /** The key as a {@code long}, or {@code Long.MIN_VALUE} when it is not a whole number. */
        private static long integral(Object key) {
            if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
                return ((Number) key).longValue();
            }
            return Long.MIN_VALUE;
        }

        RuntimeException wrap(SQLException e) {
            return inBatch ? CompiledExecutor.wrapMany(conn, e, sql, stored.subList(row, batchEnd))
                    : conn.wrap(e, sql, stored.get(row));
        }

        RuntimeException wrapUnchecked(RuntimeException e) {
            return inBatch ? CompiledExecutor.wrapUnchecked(conn, e, sql, stored.subList(row, batchEnd))
                    : conn.wrapUnchecked(e, sql, stored.get(row));
        }
    }
}
