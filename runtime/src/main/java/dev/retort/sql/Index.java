package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.List;
import java.util.Objects;

/** An index over one or more columns of a table: {@code index("ix_users_name", "name")}. */
public final class Index implements SchemaItem {
    private final String name;
    private final List<String> columnNames;
    private final boolean unique;
    private Table table;

    /**
     * An index called {@code name} over the named columns, a UNIQUE index when {@code unique}.
     *
     * @throws ArgumentException when {@code columnNames} is empty
     */
    public Index(String name, List<String> columnNames, boolean unique) {
        this.name = Objects.requireNonNull(name, "name");
        if (columnNames.isEmpty()) {
            throw new ArgumentException("Index " + name + " needs at least one column");
        }
        this.columnNames = List.copyOf(columnNames);
        this.unique = unique;
    }

    /** The index's name, used by CREATE INDEX and DROP INDEX. */
    public String name() {
        return name;
    }

    /** The indexed columns' names, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Whether this is a UNIQUE index. */
    public boolean isUnique() {
        return unique;
    }

    /** The table the index belongs to; {@code null} until the index is added to one. */
    public Table table() {
        return table;
    }

    void attach(Table table) {
        this.table = table;
    }

    @Override
    public String toString() {
        return "Index('" + name + "', " + columnNames + (unique ? ", unique=True" : "") + ")";
    }
}
