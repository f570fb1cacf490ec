package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcBinding;
import dev.retort.exc.NoSuchColumnException;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Label;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.compile.ResultColumn;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every row of one result shares: the keys, how to find a column by key or by the selected
 * expression, and how each column is read. Built once per result; a {@link Row} holds only its
 * values and a reference to this.
 */
final class RowShape {
    private final List<String> keys;
    /** The expression each column was selected as ({@code null}: unknown, or an entity). */
    private final ColumnElement<?>[] elements;
    private final SqlType<?>[] types;
    private final JdbcBinding[] bindings;
    /**
     * The lookups by key and by expression, made on first use: code that reads values by
     * position (the ORM) never pays for them. Final fields, so a row handed to another thread
     * sees them whole.
     */
    private record Lookup(Map<String, Integer> byKey, Map<ColumnElement<?>, Integer> byElement) {}

    private Lookup lookup;

    private RowShape(List<String> keys, ColumnElement<?>[] elements, SqlType<?>[] types, JdbcBinding[] bindings) {
        this.keys = keys;
        this.elements = elements;
        this.types = types;
        this.bindings = bindings;
        this.readAs = new Class<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            // a plain type's fromDatabase returns a value of exactly its Java type as it is
            readAs[i] = types[i].getClass() == SqlType.class ? types[i].javaType() : null;
        }
    }

    /**
     * Per column: the class of a value read that needs no conversion (a plain type's own Java
     * type), so reading a row costs a class comparison per value rather than a call; {@code null}
     * for converted and enum types, which always convert.
     */
    private final Class<?>[] readAs;

    private Lookup lookup() {
        Lookup l = lookup;
        if (l == null) {
            int n = keys.size();
            Map<String, Integer> byKey = new HashMap<>(n * 2);
            Map<ColumnElement<?>, Integer> byElement = new IdentityHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                byKey.putIfAbsent(keys.get(i), i);
                index(byElement, elements[i], i);
            }
            l = new Lookup(byKey, byElement);
            lookup = l;
        }
        return l;
    }

    /**
     * The shape of a result set: from the compiler's result columns when it knows them (and the
     * counts agree), else from the driver's column labels, read untyped.
     */
    static RowShape of(Dialect dialect, List<ResultColumn> columns, ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> keys = new ArrayList<>(n);
        ColumnElement<?>[] elements = new ColumnElement<?>[n];
        SqlType<?>[] types = new SqlType<?>[n];
        JdbcBinding[] bindings = new JdbcBinding[n];
        boolean known = columns.size() == n;
        for (int i = 0; i < n; i++) {
            String key;
            if (known) {
                ResultColumn rc = columns.get(i);
                key = rc.key();
                types[i] = rc.type();
                bindings[i] = dialect.binding(rc.type());
                elements[i] = rc.element();
            } else {
                key = dialect.normalizeName(md.getColumnLabel(i + 1));
                types[i] = SqlTypes.NULL;
                bindings[i] = dialect.untypedBinding();
            }
            keys.add(key);
        }
        return new RowShape(Collections.unmodifiableList(keys), elements, types, bindings);
    }

    /**
     * The shape of rows built by code rather than read from a driver (ORM results mixing entities
     * and columns): keys, and the expression each value was selected as ({@code null} for an entity).
     */
    static RowShape of(List<String> keys, List<? extends ColumnElement<?>> elements) {
        int n = keys.size();
        SqlType<?>[] types = new SqlType<?>[n];
        java.util.Arrays.fill(types, SqlTypes.NULL);
        return new RowShape(List.copyOf(keys), elements.toArray(new ColumnElement<?>[0]), types, new JdbcBinding[n]);
    }

    private static void index(Map<ColumnElement<?>, Integer> byElement, ColumnElement<?> e, int i) {
        if (e == null) {
            return;
        }
        byElement.putIfAbsent(e, i);
        if (e instanceof Label) {
            index(byElement, ((Label<?>) e).element(), i);
        } else if (e.asColumn() != null) {
            byElement.putIfAbsent(e.asColumn(), i);
            byElement.putIfAbsent(e.asColumn().baseColumn(), i);
        }
    }

    /** Reads the columns at {@code [from, to)} of the current row of {@code rs} into {@code values}. */
    void read(ResultSet rs, Object[] values, int from, int to) throws SQLException {
        for (int i = from; i < to; i++) {
            Object stored = bindings[i].read(rs, i + 1);
            values[i] = stored == null || stored.getClass() == readAs[i] ? stored : types[i].fromDatabase(stored);
        }
    }

    List<String> keys() {
        return keys;
    }

    int size() {
        return types.length;
    }

    /** The index of {@code key}. */
    int index(String key) {
        Integer i = lookup().byKey().get(key);
        if (i == null) {
            throw new NoSuchColumnException("this row", key, keys);
        }
        return i;
    }

    /**
     * The index of a selected expression: the expression itself; for a column, one with the same
     * underlying table column; for a {@code text()} result without declared columns, its name or
     * label.
     */
    int index(ColumnElement<?> e) {
        Map<String, Integer> byKey = lookup().byKey();
        Map<ColumnElement<?>, Integer> byElement = lookup().byElement();
        Integer i = byElement.get(e);
        Column<?> column = e.asColumn();
        if (i == null && column != null) {
            i = byElement.get(column);
            if (i == null) {
                i = byElement.get(column.baseColumn());
            }
        }
        String name = column != null ? column.name() : e instanceof Label ? ((Label<?>) e).name() : null;
        if (i == null && name != null && byElement.isEmpty()) {
            i = byKey.get(name); // a text() result without declared columns: match by name
        }
        if (i == null) {
            throw new NoSuchColumnException("this row", name == null ? e.toString() : name, keys);
        }
        return i;
    }
}
