package dev.retort.sql;

import java.util.List;

/** The PRIMARY KEY of a table. */
public final class PrimaryKeyConstraint extends Constraint {
    private final List<String> columnNames;
    private List<Column<?>> columns = List.of();

    /**
     * A {@code PRIMARY KEY (columns)} over the named columns; {@code name} may be {@code null}. Given to
     * a table, it decides the key's columns instead of the columns' {@link Column#primaryKey()} flags.
     */
    public PrimaryKeyConstraint(String name, List<String> columnNames) {
        super(name);
        this.columnNames = List.copyOf(columnNames);
    }

    List<String> columnNames() {
        return columnNames;
    }

    void resolve(List<Column<?>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The key's columns, in order. */
    public List<Column<?>> columns() {
        return columns;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("PrimaryKeyConstraint(");
        for (int i = 0; i < columns.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(columns.get(i));
        }
        return b.append(')').toString();
    }
}
