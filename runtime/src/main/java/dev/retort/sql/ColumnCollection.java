package dev.retort.sql;

import dev.retort.exc.NoSuchColumnException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered columns of a table or other FROM item, looked up by name: {@code table.columns()},
 * SQLAlchemy's {@code table.c}. Immutable.
 */
public final class ColumnCollection implements Iterable<Column<?>> {
    private final String owner;
    private final List<Column<?>> columns;
    private final Map<String, Column<?>> byName;

    ColumnCollection(String owner, List<? extends Column<?>> columns) {
        this.owner = owner;
        this.columns = List.copyOf(columns);
        Map<String, Column<?>> map = new LinkedHashMap<>();
        for (Column<?> c : this.columns) {
            map.putIfAbsent(c.name(), c);
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /**
     * The column called {@code name}.
     *
     * @throws NoSuchColumnException naming the valid columns when there is none
     */
    @SuppressWarnings("unchecked")
    public <T> Column<T> get(String name) {
        Column<?> c = byName.get(name);
        if (c == null) {
            throw new NoSuchColumnException(owner, name, keys());
        }
        return (Column<T>) c;
    }

    /** Whether a column called {@code name} exists. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The column names, in order. */
    public List<String> keys() {
        return new ArrayList<>(byName.keySet());
    }

    /** The columns, in order. */
    public List<Column<?>> list() {
        return columns;
    }

    /** The column at {@code index}. */
    public Column<?> get(int index) {
        return columns.get(index);
    }

    /** The position of {@code column}, or -1. */
    public int indexOf(Column<?> column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        return -1;
    }

    /** The number of columns. */
    public int size() {
        return columns.size();
    }

    @Override
    public Iterator<Column<?>> iterator() {
        return columns.iterator();
    }

    @Override
    public String toString() {
        return keys().toString();
    }
}
