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

    public Index(String name, List<String> columnNames, boolean unique) {
        this.name = Objects.requireNonNull(name, "name");
        if (columnNames.isEmpty()) {
            throw new ArgumentException("Index " + name + " needs at least one column");
        }
        this.columnNames = List.copyOf(columnNames);
        this.unique = unique;
    }

    public String name() {
        return name;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public boolean isUnique() {
        return unique;
    }

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
