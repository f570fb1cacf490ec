package dev.retort.asyncio;

import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.exc.RetortException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The outcome of a statement executed asynchronously, read completely on Retort's thread: its rows
 * (if any), keys, row count and inserted primary key. Reading it does no I/O, so it is safe on any
 * thread. SQLAlchemy's {@code await conn.execute(...)} likewise returns a result whose rows are
 * already fetched; for a result too large to hold, use {@code stream(...)}, a
 * {@link java.util.concurrent.Flow.Publisher}.
 */
public final class BufferedResult implements Iterable<Row> {
    private final List<Row> rows;
    private final List<String> keys;
    private final boolean returnsRows;
    private final long rowCount;
    private final List<Object> insertedPrimaryKey;
    private final RuntimeException noInsertedKey;

    private BufferedResult(List<Row> rows, List<String> keys, boolean returnsRows, long rowCount,
            List<Object> insertedPrimaryKey, RuntimeException noInsertedKey) {
        this.rows = rows;
        this.keys = keys;
        this.returnsRows = returnsRows;
        this.rowCount = rowCount;
        this.insertedPrimaryKey = insertedPrimaryKey;
        this.noInsertedKey = noInsertedKey;
    }

    /** Reads {@code result} completely and closes it: on the lane, where I/O is allowed. */
    static BufferedResult of(Result result) {
        try (result) {
            if (result.returnsRows()) {
                return new BufferedResult(Collections.unmodifiableList(result.fetchAll()), result.keys(), true, -1,
                        null, null);
            }
            List<Object> key = null;
            RuntimeException none = null;
            try {
                key = result.insertedPrimaryKey();
            } catch (RetortException e) {
                none = e;
            }
            return new BufferedResult(List.of(), List.of(), false, result.rowCount(), key, none);
        }
    }

    /** Every row. */
    public List<Row> all() {
        return rows;
    }

    /** Every row (SQLAlchemy's {@code fetchall()}). */
    public List<Row> fetchAll() {
        return rows;
    }

    /** The first row, or {@code null} when there is none. */
    public Row first() {
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * The only row.
     *
     * @throws NoResultFoundException when there is none
     * @throws MultipleResultsFoundException when there are several
     */
    public Row one() {
        if (rows.isEmpty()) {
            throw new NoResultFoundException("No row was found when one was required");
        }
        return oneOrNull();
    }

    /**
     * The only row, or {@code null} when there is none.
     *
     * @throws MultipleResultsFoundException when there are several
     */
    public Row oneOrNull() {
        if (rows.size() > 1) {
            throw new MultipleResultsFoundException("Multiple rows were found when one or none was required");
        }
        return first();
    }

    /** The first column of the first row, or {@code null} when there is no row. */
    public Object scalar() {
        Row r = first();
        return r == null ? null : r.get(0);
    }

    /** The first column of every row. */
    public List<Object> scalars() {
        List<Object> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.get(0));
        }
        return out;
    }

    /** The column names of the rows. */
    public List<String> keys() {
        return keys;
    }

    /** Whether the statement returned rows. */
    public boolean returnsRows() {
        return returnsRows;
    }

    /** The number of rows the statement changed (-1 for a statement that returned rows). */
    public long rowCount() {
        return rowCount;
    }

    /** The primary key of the row a single-row INSERT inserted. */
    public List<Object> insertedPrimaryKey() {
        if (insertedPrimaryKey == null) {
            throw noInsertedKey != null ? noInsertedKey
                    : new InvalidRequestException("There is no inserted primary key: the statement returned rows");
        }
        return insertedPrimaryKey;
    }

    @Override
    public Iterator<Row> iterator() {
        return rows.iterator();
    }

    @Override
    public String toString() {
        return returnsRows ? "BufferedResult(" + rows.size() + " rows)" : "BufferedResult(rowCount " + rowCount + ")";
    }
}
