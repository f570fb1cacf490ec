package dev.retort.orm.mapping;

import dev.retort.sql.Table;
import java.util.List;

/**
 * Moves state between objects of one mapped class and rows, written by the annotation processor
 * as straight-line code (the nested {@code Mapper} of {@code User_}). Values travel in
 * {@code Object[]} arrays in table column order: value {@code i} belongs to column {@code i} and
 * to {@code attributes().get(i)}, already converted to the field's Java type (enums, converters).
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <E> the mapped class
 */
public interface EntityMapper<E> {

    /** The mapped class. */
    Class<E> entityType();

    /** The mapped class's simple name, used as its key in result rows ({@code row.get("User")}). */
    String entityName();

    /** The table. */
    Table table();

    /** The column attributes, in table column order. */
    List<Attribute<E, ?>> attributes();

    /** The relationships, in declaration order ({@link Relation#index()}). */
    List<Relation<E, ?>> relations();

    /** The attribute with Java name (or column name) {@code name}, or {@code null}. */
    default Attribute<E, ?> attribute(String name) {
        for (Attribute<E, ?> a : attributes()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        for (Attribute<E, ?> a : attributes()) {
            if (a.column().name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The relationship called {@code name}, or {@code null}. */
    default Relation<E, ?> relation(String name) {
        for (Relation<E, ?> r : relations()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** Positions of the primary key columns, in key order. */
    int[] primaryKeyIndexes();

    /** Position of the column whose value the database generates, or -1. */
    int autoincrementIndex();

    /** Position of the version counter column, or -1. */
    int versionIndex();

    /** Whether objects cannot be changed after construction (records). */
    boolean isImmutable();

    /** Creates an object from {@code row[offset] ... row[offset + columns - 1]}. */
    E newInstance(Object[] row, int offset);

    /**
     * A new object with the column values in {@code row[offset] ...} and the relationship fields
     * (the same collection objects) of {@code entity}: how an immutable record receives the key
     * the database generated for it, as a keyed copy.
     *
     * @throws UnsupportedOperationException for mutable classes, whose fields are set instead
     */
    default E withColumns(E entity, Object[] row, int offset) {
        throw new UnsupportedOperationException(entityName() + " is not a record: set its fields instead");
    }

    /**
     * Overwrites the column fields of {@code entity} from {@code row}.
     *
     * @throws UnsupportedOperationException for immutable classes
     */
    void populate(E entity, Object[] row, int offset);

    /** Copies the column values of {@code entity} into {@code target} from {@code offset}. */
    void readValues(E entity, Object[] target, int offset);

    /**
     * Compares {@code entity} with a snapshot of its column values, writing the positions of the
     * changed columns into {@code changed} (which has room for every column). Straight-line
     * comparisons, no allocation.
     *
     * @return how many columns changed
     */
    int changedColumns(E entity, Object[] snapshot, int[] changed);

    /**
     * The value of column {@code index}. A mapper written by the processor also reads relationship
     * {@code r}'s field at the number of columns plus {@code r} (see {@link GeneratedMapper}); any
     * other index throws {@link IndexOutOfBoundsException}.
     */
    Object get(E entity, int index);

    /**
     * Sets column {@code index} (generated keys, foreign keys, version counters); a mapper written
     * by the processor also sets relationship {@code r}'s field at the number of columns plus
     * {@code r}, as {@link #get} reads it.
     *
     * @throws UnsupportedOperationException for immutable classes
     */
    void set(E entity, int index, Object value);

    /**
     * The identity of {@code entity}: the primary key value, or for a composite key an immutable
     * {@code List} of the values; {@code null} while any key column is unset.
     */
    Object primaryKey(E entity);

    /** The value of relationship field {@code index}: a collection, a related object, or {@code null}. */
    Object getRelated(E entity, int index);

    /**
     * Sets relationship field {@code index}.
     *
     * @throws UnsupportedOperationException for relationships without a field
     */
    void setRelated(E entity, int index, Object value);

    /** Fills fields that are {@code null} with their {@code @Column(defaultValue)}, before an INSERT. */
    void applyDefaults(E entity);
}
