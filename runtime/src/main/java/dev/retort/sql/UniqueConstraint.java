package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.List;

/** A UNIQUE constraint over one or more columns. */
public final class UniqueConstraint extends Constraint {
    private final List<String> columnNames;

    /**
     * A {@code UNIQUE (columns)} constraint over the named columns; {@code name} may be {@code null}.
     *
     * @throws ArgumentException when {@code columnNames} is empty
     */
    public UniqueConstraint(String name, List<String> columnNames) {
        super(name);
        if (columnNames.isEmpty()) {
            throw new ArgumentException("A unique constraint needs at least one column");
        }
        this.columnNames = List.copyOf(columnNames);
    }

    /** The names of the constrained columns, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    @Override
    public String toString() {
        return "UniqueConstraint(" + columnNames + ")";
    }
}
