package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.Objects;

/**
 * A database sequence, SQLAlchemy's {@code Sequence}: a named counter the database keeps outside
 * any table. Given to a primary key column ({@link Column#sequence(Sequence)}), it is where the
 * ORM takes that column's keys from on databases that have sequences; on databases without them
 * (SQLite, MySQL) it is ignored and the column stays an autoincrement column.
 *
 * <pre>{@code
 * column("id", BIGINT).primaryKey().sequence(new Sequence("customer_id_seq", 1, 50))
 * }</pre>
 *
 * <p>{@code CREATE SEQUENCE customer_id_seq START WITH 1 INCREMENT BY 50}: {@link MetaData#createAll}
 * creates the sequences of its tables' columns before the tables, {@link MetaData#dropAll} drops
 * them after. The increment is the ORM's allocation size: one {@code NEXT VALUE FOR} reserves the
 * keys {@code [value, value + increment - 1]} for one engine ("pooled-lo", see
 * {@code dev.retort.engine.Connection#nextPooledValue}). Immutable.
 */
public final class Sequence {
    private final String name;
    private final long start;
    private final int increment;

    /**
     * A sequence.
     *
     * @param name its name in the database
     * @param start its first value
     * @param increment how much each {@code NEXT VALUE FOR} adds; at least 1
     * @throws ArgumentException when the name is empty or the increment below 1
     */
    public Sequence(String name, long start, int increment) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A sequence needs a non-empty name");
        }
        if (increment < 1) {
            throw new ArgumentException("Sequence '" + name + "' has increment " + increment
                    + "; give an increment of at least 1 (it is also the number of keys one fetch reserves)");
        }
        this.name = name;
        this.start = start;
        this.increment = increment;
    }

    /** A sequence starting at 1 and increasing by 1. */
    public Sequence(String name) {
        this(name, 1, 1);
    }

    /** The sequence's name in the database. */
    public String name() {
        return name;
    }

    /** Its first value. */
    public long start() {
        return start;
    }

    /** What each {@code NEXT VALUE FOR} adds: the number of keys one fetch reserves. */
    public int increment() {
        return increment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence && ((Sequence) o).name.equals(name) && ((Sequence) o).start == start
                && ((Sequence) o).increment == increment;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, start, increment);
    }

    /** SQLAlchemy's repr: {@code Sequence('customer_id_seq', start=1, increment=50)}. */
    @Override
    public String toString() {
        return "Sequence('" + name + "', start=" + start + ", increment=" + increment + ")";
    }
}
