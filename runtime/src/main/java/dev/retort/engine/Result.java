package dev.retort.engine;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.exc.ResourceClosedException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The outcome of {@link Connection#execute}: the rows of a query, read as they are fetched from
 * the driver, or the row count of a DML statement. SQLAlchemy's {@code CursorResult}.
 *
 * <pre>{@code
 * Result result = conn.execute(select(users));
 * Row row = result.fetchOne();        // null once the rows run out
 * for (Row r : result) { ... }        // the remaining rows
 * result.keys();                      // [id, name, fullname]
 * conn.execute(users.insert(), Map.of("name", "jack")).insertedPrimaryKey();   // [1]
 * }</pre>
 *
 * <p>Rows are read from the JDBC {@code ResultSet} one at a time; nothing is held in memory
 * unless a method returns a list ({@link #fetchAll}, {@link #fetchMany}, {@link #scalars}).
 * Reading the last row, or {@link #close()}, closes the {@code ResultSet} and its statement; after
 * that the fetch methods return {@code null} or empty lists (after an explicit {@code close()}
 * they raise {@link ResourceClosedException}). {@link #first()}, {@link #one()},
 * {@link #scalar()} and their kin close the result. A result whose connection was closed while it
 * still had rows raises {@link ResourceClosedException}. Not thread-safe.
 */
public final class Result implements Iterable<Row>, AutoCloseable {
    private final Connection connection;
    private final String sql;
    private final Object[] parameters;
    private final RowShape shape;
    private final long rowCount;
    private final List<Object> insertedPrimaryKey;
    private final String notAnInsert;
    private Statement statement;
    private ResultSet resultSet;
    private boolean closedByUser;
    private boolean connectionClosed;
    /** The compiled statement whose prepared statement goes back to the connection's cache when the rows are read. */
    private dev.retort.sql.compile.Compiled reusable;

    private Result(Connection connection, String sql, Object[] parameters, Statement statement, ResultSet resultSet,
            RowShape shape, long rowCount, List<Object> insertedPrimaryKey, String notAnInsert) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
        this.statement = statement;
        this.resultSet = resultSet;
        this.shape = shape;
        this.rowCount = rowCount;
        this.insertedPrimaryKey = insertedPrimaryKey;
        this.notAnInsert = notAnInsert;
    }

    /** A result with rows to stream; it owns {@code statement}. */
    static Result ofRows(Connection connection, String sql, Object[] parameters, Statement statement,
            ResultSet resultSet, RowShape shape) {
        return new Result(connection, sql, parameters, statement, resultSet, shape, -1, null,
                "the statement returned rows");
    }

    /**
     * A result with rows of a prepared statement from the connection's {@link StatementCache}:
     * the statement goes back to the cache (rather than being closed) when the rows are read.
     */
    static Result ofCachedRows(Connection connection, String sql, Object[] parameters, java.sql.PreparedStatement statement,
            ResultSet resultSet, RowShape shape, dev.retort.sql.compile.Compiled compiled) {
        Result r = new Result(connection, sql, parameters, statement, resultSet, shape, -1, null,
                "the statement returned rows");
        r.reusable = compiled;
        return r;
    }

    /**
     * A result without rows.
     *
     * @param insertedPrimaryKey the key of the row a single-row INSERT inserted, else {@code null}
     * @param notAnInsert why there is no inserted key, for the message of {@link #insertedPrimaryKey()}
     */
    static Result ofCount(Connection connection, long rowCount, List<Object> insertedPrimaryKey, String notAnInsert) {
        return new Result(connection, null, null, null, null, null, rowCount, insertedPrimaryKey, notAnInsert);
    }

    // ------------------------------------------------------------------ fetching

    /** The next row, or {@code null} when there are no more (the result then closes itself). */
    public Row fetchOne() {
        Object[] values = fetchValues();
        return values == null ? null : new Row(shape, values);
    }

    /**
     * The next row's values as a bare array (no {@link Row}), or {@code null} at the end: for code
     * that maps rows itself, such as the ORM. The array is the caller's to keep.
     */
    public Object[] fetchValues() {
        if (!advance()) {
            return null;
        }
        Object[] values = new Object[shape.size()];
        readValues(values, 0, values.length);
        return values;
    }

    /**
     * Moves to the next row without reading any of it, for code that reads only the columns it
     * needs with {@link #readValues} (the ORM reads a joined owner's repeated columns once):
     * {@code false} at the end, when the result is released.
     */
    public boolean advance() {
        ResultSet rs = cursor();
        if (rs == null) {
            return false;
        }
        try {
            if (!rs.next()) {
                release();
                return false;
            }
            return true;
        } catch (SQLException e) {
            release();
            throw connection.wrap(e, sql, parameters);
        } catch (RuntimeException e) {
            release();
            throw connection.wrapUnchecked(e, sql, parameters);
        }
    }

    /**
     * Reads the columns at {@code [from, to)} (0-based) of the row {@link #advance} moved to into
     * the same positions of {@code into}, converted as {@link #fetchValues} converts them. Each
     * column is to be read at most once per row.
     */
    public void readValues(Object[] into, int from, int to) {
        ResultSet rs = cursor();
        if (rs == null) {
            throw new ResourceClosedException("This result is closed: there is no row to read");
        }
        try {
            shape.read(rs, into, from, to);
        } catch (SQLException e) {
            release();
            throw connection.wrap(e, sql, parameters);
        } catch (RuntimeException e) {
            release();
            throw connection.wrapUnchecked(e, sql, parameters);
        }
    }

    /** The number of columns in a row. */
    public int width() {
        return shape.size();
    }

    /** Up to {@code n} next rows; fewer (or none) at the end. */
    public List<Row> fetchMany(int n) {
        if (n < 0) {
            throw new ArgumentException("fetchMany needs a count >= 0, not " + n);
        }
        List<Row> rows = new ArrayList<>(Math.min(n, 1024));
        Row r;
        while (rows.size() < n && (r = fetchOne()) != null) {
            rows.add(r);
        }
        return rows;
    }

    /** All remaining rows. */
    public List<Row> fetchAll() {
        List<Row> rows = new ArrayList<>();
        Row r;
        while ((r = fetchOne()) != null) {
            rows.add(r);
        }
        return rows;
    }

    /** The first row, or {@code null} when there is none; closes the result. */
    public Row first() {
        try {
            return fetchOne();
        } finally {
            close();
        }
    }

    /**
     * The only row; closes the result.
     *
     * @throws NoResultFoundException when there is no row
     * @throws MultipleResultsFoundException when there is more than one
     */
    public Row one() {
        Row r = oneOrNull();
        if (r == null) {
            throw new NoResultFoundException("No row was found when exactly one was required; use oneOrNull() or "
                    + "first() when the row may be missing");
        }
        return r;
    }

    /**
     * The only row, or {@code null} when there is none; closes the result.
     *
     * @throws MultipleResultsFoundException when there is more than one
     */
    public Row oneOrNull() {
        try {
            Row r = fetchOne();
            if (r != null && fetchOne() != null) {
                throw new MultipleResultsFoundException("Multiple rows were found when one or none was required; "
                        + "add a WHERE clause or LIMIT, or use first()");
            }
            return r;
        } finally {
            close();
        }
    }

    /** The first column of the first row, or {@code null} when there is no row; closes the result. */
    public Object scalar() {
        Row r = first();
        return r == null ? null : r.get(0);
    }

    /** The first column of the only row; closes the result. See {@link #one()}. */
    public Object scalarOne() {
        return one().get(0);
    }

    /** The first column of the only row, or {@code null} when there is no row. See {@link #oneOrNull()}. */
    public Object scalarOneOrNull() {
        Row r = oneOrNull();
        return r == null ? null : r.get(0);
    }

    /** The first column of every remaining row. */
    public List<Object> scalars() {
        List<Object> values = new ArrayList<>();
        Row r;
        while ((r = fetchOne()) != null) {
            values.add(r.get(0));
        }
        return values;
    }

    /** The remaining rows, fetched as the iteration goes. */
    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = fetchOne();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No more rows");
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** The remaining rows as a stream; closing the stream closes the result. */
    public Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    // ------------------------------------------------------------------ about the result

    /** The keys rows are read by, in column order; empty for a result without rows. */
    public List<String> keys() {
        return shape == null ? List.of() : shape.keys();
    }

    /** Whether the statement returned rows (a query, or DML with RETURNING). */
    public boolean returnsRows() {
        return shape != null;
    }

    /**
     * The number of rows an INSERT, UPDATE or DELETE affected (summed over an executemany), or
     * {@code -1} when the statement returned rows or the driver did not tell.
     */
    public long rowCount() {
        return rowCount;
    }

    /**
     * The primary key of the row a single-row INSERT inserted, in primary-key column order: the
     * generated value for the autoincrement column (from JDBC generated keys, where the dialect has
     * {@code Feature.GENERATED_KEYS}; else {@code null}), the bound values for the others
     * ({@code null} for a column given no value or given an SQL expression). An INSERT with
     * RETURNING returns its keys as rows instead.
     *
     * @throws InvalidRequestException when the statement was not a single-row INSERT
     */
    public List<Object> insertedPrimaryKey() {
        if (insertedPrimaryKey == null) {
            throw new InvalidRequestException("insertedPrimaryKey() is only available after a single-row INSERT "
                    + "executed with one parameter set; " + notAnInsert);
        }
        return insertedPrimaryKey;
    }

    /** Whether the result has been closed (explicitly, or because its rows ran out). */
    public boolean isClosed() {
        return resultSet == null;
    }

    /** Closes the JDBC result set and statement. Later fetches raise {@link ResourceClosedException}. */
    @Override
    public void close() {
        closedByUser = true;
        release();
    }

    /** Called by the connection as it closes. */
    void connectionClosed() {
        connectionClosed = true;
        release();
    }

    private ResultSet cursor() {
        if (shape == null) {
            throw new ResourceClosedException("This result does not return rows: the statement was not a query "
                    + "(see rowCount()); it was closed automatically");
        }
        if (connectionClosed) {
            throw new ResourceClosedException("This result's connection is closed; read the rows before closing "
                    + "the connection (or fetchAll() them)");
        }
        if (resultSet == null && closedByUser) {
            throw new ResourceClosedException("This result is closed");
        }
        return resultSet;
    }

    private void release() {
        ResultSet rs = resultSet;
        if (rs == null) {
            return;
        }
        resultSet = null;
        Statement st = statement;
        statement = null;
        connection.forget(this);
        try {
            rs.close();
        } catch (SQLException ignored) {
            // closing the statement below frees it anyway
        }
        if (reusable != null && !connectionClosed) {
            connection.statements.give(reusable, new StatementCache.Entry((java.sql.PreparedStatement) st, shape));
            return;
        }
        try {
            st.close();
        } catch (SQLException e) {
            EngineLog.LOG.debug("Could not close a statement", e);
        }
    }

    @Override
    public String toString() {
        return shape == null ? "Result(rowCount=" + rowCount + ")" : "Result(" + shape.keys() + (isClosed() ? ", closed)" : ")");
    }
}
