package dev.retort.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An UPDATE statement. Immutable.
 *
 * <pre>{@code
 * users.update().where(users.c("id").eq(1)).values(Map.of("name", "x"))
 *     // UPDATE users SET name=:name WHERE users.id = :id_1
 * }</pre>
 *
 * Without values, executing with parameters sets the columns named by the parameters that are
 * not the names of bound parameters in the WHERE clause.
 */
public final class Update implements Executable {
    private final Table table;
    private final Map<Column<?>, ColumnElement<?>> values;
    private final List<ColumnElement<Boolean>> where;
    private final List<ColumnElement<?>> returning;

    Update(Table table) {
        this(table, Map.of(), List.of(), List.of());
    }

    private Update(Table table, Map<Column<?>, ColumnElement<?>> values, List<ColumnElement<Boolean>> where,
            List<ColumnElement<?>> returning) {
        this.table = table;
        this.values = values;
        this.where = where;
        this.returning = returning;
    }

    /** Sets values by column name: plain values (bound, type-checked) or SQL expressions. */
    public Update values(Map<String, ?> values) {
        return new Update(table, Collections.unmodifiableMap(DmlValues.merge(table, this.values, values)), where,
                returning);
    }

    /** Sets one value. */
    public Update value(String column, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(column, value);
        return values(m);
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public final Update where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> w = new ArrayList<>(where);
        w.addAll(List.of(conditions));
        return new Update(table, values, List.copyOf(w), returning);
    }

    /** {@code RETURNING ...}, on databases that support it. */
    public Update returning(ColumnElement<?>... columns) {
        List<ColumnElement<?>> r = new ArrayList<>(returning);
        r.addAll(List.of(columns));
        return new Update(table, values, where, List.copyOf(r));
    }

    /** The table whose rows are updated. */
    public Table table() {
        return table;
    }

    /**
     * The values for SET by column, in table column order; empty when the columns are to come from
     * the execution parameters.
     */
    public Map<Column<?>, ColumnElement<?>> values() {
        return values;
    }

    /** The WHERE conditions, rendered joined with AND; when empty, every row is updated. */
    public List<ColumnElement<Boolean>> whereClauses() {
        return where;
    }

    /** The RETURNING expressions; empty when none were asked for. */
    public List<ColumnElement<?>> returningColumns() {
        return returning;
    }

    @Override
    public boolean returnsRows() {
        return !returning.isEmpty();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitUpdate(this);
    }

    @Override
    public String toString() {
        return compile().sql();
    }
}
