package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A DELETE statement. Immutable.
 *
 * <pre>{@code
 * users.delete().where(users.c("name").like("j%"))   // DELETE FROM users WHERE users.name LIKE :name_1
 * }</pre>
 */
public final class Delete implements Executable {
    private final Table table;
    private final List<ColumnElement<Boolean>> where;
    private final List<ColumnElement<?>> returning;

    Delete(Table table) {
        this(table, List.of(), List.of());
    }

    private Delete(Table table, List<ColumnElement<Boolean>> where, List<ColumnElement<?>> returning) {
        this.table = table;
        this.where = where;
        this.returning = returning;
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public final Delete where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> w = new ArrayList<>(where);
        w.addAll(List.of(conditions));
        return new Delete(table, List.copyOf(w), returning);
    }

    /** {@code RETURNING ...}, on databases that support it. */
    public Delete returning(ColumnElement<?>... columns) {
        List<ColumnElement<?>> r = new ArrayList<>(returning);
        r.addAll(List.of(columns));
        return new Delete(table, where, List.copyOf(r));
    }

    /** The table rows are deleted from. */
    public Table table() {
        return table;
    }

    /** The WHERE conditions, rendered joined with AND; when empty, every row is deleted. */
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
        visitor.visitDelete(this);
    }

    @Override
    public String toString() {
        return compile().sql();
    }
}
