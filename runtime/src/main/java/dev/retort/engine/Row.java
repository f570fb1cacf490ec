package dev.retort.engine;

import dev.retort.exc.InvalidRequestException;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.SqlType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a {@link Result}, SQLAlchemy's {@code Row}: a tuple of values that can also be read
 * by key and by the selected expression.
 *
 * <pre>{@code
 * Row row = conn.execute(select(users)).fetchOne();
 * row.get(0);                     // by position
 * row.get("name");                // by key: the column name or label
 * row.get(users.c("name"));       // by the selected expression, typed: String
 * row.get(String.class);          // the only String value in the row
 * row.toString();                 // (1, 'jack', 'Jack Jones')
 * }</pre>
 *
 * <p>The keys and lookup tables are shared by all rows of a result; a row holds only its values.
 * Rows are equal when their values are equal, as tuples are. Immutable.
 */
public final class Row {
    private final RowShape shape;
    private final Object[] values;

    Row(RowShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /**
     * Makes rows that share keys and lookup tables, for code that builds rows itself (the ORM's
     * multi-entity queries).
     *
     * @param keys the key of each value
     * @param elements the expression each value was selected as, or {@code null} (an entity)
     */
    public static Factory factory(List<String> keys, List<? extends ColumnElement<?>> elements) {
        if (keys.size() != elements.size()) {
            throw new IllegalArgumentException("keys and elements differ in size");
        }
        return new Factory(RowShape.of(keys, elements));
    }

    /** Builds rows of one shape; see {@link #factory}. Thread-safe. */
    public static final class Factory {
        private final RowShape shape;

        private Factory(RowShape shape) {
            this.shape = shape;
        }

        /** A row of these values (kept, not copied). */
        public Row row(Object[] values) {
            if (values.length != shape.size()) {
                throw new IllegalArgumentException("A row of this shape has " + shape.size() + " values, not "
                        + values.length);
            }
            return new Row(shape, values);
        }
    }

    /** The value at {@code index} (0-based). */
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new IndexOutOfBoundsException("Column index " + index + " is out of range: this row has "
                    + values.length + " columns " + shape.keys());
        }
        return values[index];
    }

    /** The value at {@code index}, as a {@code T}. */
    public <T> T get(int index, Class<T> type) {
        return cast(type, get(index), "column " + index);
    }

    /**
     * The value of the column called {@code key}: a column's name or a label.
     *
     * @throws dev.retort.exc.NoSuchColumnException listing the row's keys
     */
    public Object get(String key) {
        return values[shape.index(key)];
    }

    /** The value of the column called {@code key}, as a {@code T}. */
    public <T> T get(String key, Class<T> type) {
        return cast(type, get(key), "column '" + key + "'");
    }

    /**
     * The value of a selected expression: the expression object itself ({@code users.c("name")},
     * a label, a function), a column standing for the same table column (of an alias, or the table
     * column of a selected alias column), or for a label its labelled expression.
     *
     * @throws dev.retort.exc.NoSuchColumnException when the row has no such column
     */
    public <T> T get(ColumnElement<T> element) {
        Object v = values[shape.index(element)];
        if (v == null) {
            return null;
        }
        SqlType<T> type = element.type();
        if (type.javaType().isInstance(v)) {
            return type.javaType().cast(v);
        }
        return type.coerce(v, "result column " + element);
    }

    /**
     * The only value that is a {@code T}: {@code row.get(User.class)} for a row holding one
     * entity.
     *
     * @throws InvalidRequestException when no value, or more than one, is a {@code T}
     */
    public <T> T get(Class<T> type) {
        int found = -1;
        for (int i = 0; i < values.length; i++) {
            if (type.isInstance(values[i])) {
                if (found >= 0) {
                    throw new InvalidRequestException("This row has more than one " + type.getSimpleName()
                            + " value (columns '" + shape.keys().get(found) + "' and '" + shape.keys().get(i)
                            + "'); read it by key or position instead");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new InvalidRequestException("This row has no " + type.getSimpleName() + " value; its values are "
                    + this + " with keys " + shape.keys());
        }
        return type.cast(values[found]);
    }

    private static <T> T cast(Class<T> type, Object v, String what) {
        if (v == null || type.isInstance(v)) {
            return type.cast(v);
        }
        throw new InvalidRequestException("The value of " + what + " is a " + v.getClass().getSimpleName()
                + ", not a " + type.getSimpleName() + ": " + ParamFormat.repr(v));
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    /** The keys, in column order. */
    public List<String> keys() {
        return shape.keys();
    }

    /** The values, in column order (an unmodifiable view). */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /** Key to value, in column order; a later column with a repeated key is left out. */
    public Map<String, Object> asMap() {
        List<String> keys = shape.keys();
        Map<String, Object> m = new LinkedHashMap<>(keys.size() * 2);
        for (int i = 0; i < values.length; i++) {
            m.putIfAbsent(keys.get(i), values[i]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Row && Arrays.deepEquals(values, ((Row) o).values));
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    /** Like a Python tuple: {@code (1, 'jack', 'Jack Jones')}. */
    @Override
    public String toString() {
        return ParamFormat.tuple(values);
    }
}
