package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table under another name: {@code FROM users AS u}, for self-joins and ORM aliases. Its
 * columns are proxies qualified with the alias name.
 */
public final class Alias implements NamedFromClause {
    private final Table table;
    private final String name;
    private final ColumnCollection columns;

    /**
     * {@code table} under the alias {@code name}, rendered {@code table AS name}; usually made with
     * {@link Table#alias(String)}.
     */
    public Alias(Table table, String name) {
        this.table = Objects.requireNonNull(table, "table");
        this.name = Objects.requireNonNull(name, "name");
        List<Column<?>> cols = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            cols.add(proxy(c));
        }
        this.columns = new ColumnCollection("alias '" + name + "' of table '" + table.fullName() + "'", cols);
    }

    private <T> Column<T> proxy(Column<T> c) {
        return Column.proxy(c, this, c.name());
    }

    /** The aliased table. */
    public Table table() {
        return table;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    /** This alias's column standing for {@code column} of the aliased table. */
    public <T> Column<T> corresponding(Column<T> column) {
        return columns.get(column.name());
    }

    @Override
    public List<Table> baseTables() {
        return List.of(table);
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return table.foreignKeys();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitAlias(this);
    }

    @Override
    public String toString() {
        return "Alias('" + name + "', " + table.fullName() + ")";
    }
}
