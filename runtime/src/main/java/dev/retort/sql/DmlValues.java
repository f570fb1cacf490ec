package dev.retort.sql;

import dev.retort.exc.NoSuchColumnException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns user-given values for INSERT and UPDATE into bound parameters or expressions, checked per column. */
final class DmlValues {
    private DmlValues() {}

    /**
     * Merges {@code values} (column name → value or SQL expression) into {@code existing}, keeping
     * the table's column order.
     */
    static Map<Column<?>, ColumnElement<?>> merge(Table table, Map<Column<?>, ColumnElement<?>> existing,
            Map<String, ?> values) {
        Map<Column<?>, ColumnElement<?>> given = new LinkedHashMap<>(existing);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (!table.columns().contains(e.getKey())) {
                throw new NoSuchColumnException("table '" + table.fullName() + "'", e.getKey(), table.columns().keys());
            }
            Column<?> col = table.c(e.getKey());
            given.put(col, element(table, col, e.getValue()));
        }
        Map<Column<?>, ColumnElement<?>> ordered = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            if (given.containsKey(c)) {
                ordered.put(c, given.get(c));
            }
        }
        return ordered;
    }

    private static <T> ColumnElement<?> element(Table table, Column<T> col, Object value) {
        if (value instanceof ColumnElement) {
            return (ColumnElement<?>) value;
        }
        return BindParameter.named(col.name(), col.type().coerce(value, "column " + table.fullName() + "." + col.name()),
                col.type());
    }
}
