package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A SELECT used as a FROM item: {@code FROM (SELECT ...) AS name}. */
public final class Subquery implements NamedFromClause {
    private final Select select;
    private final String name;
    private final ColumnCollection columns;

    Subquery(Select select, String name) {
        this.select = Objects.requireNonNull(select, "select");
        this.name = Objects.requireNonNull(name, "name");
        List<Column<?>> cols = new ArrayList<>();
        List<String> keys = select.resultKeys();
        List<ColumnElement<?>> exprs = select.selectedColumns();
        for (int i = 0; i < exprs.size(); i++) {
            cols.add(columnFor(exprs.get(i), keys.get(i)));
        }
        this.columns = new ColumnCollection("subquery '" + name + "'", cols);
    }

    @SuppressWarnings("unchecked")
    private <T> Column<T> columnFor(ColumnElement<T> e, String key) {
        if (e.asColumn() != null) {
            return Column.proxy((Column<T>) e.asColumn(), this, key);
        }
        return Column.derived(key, e.type(), this);
    }

    /** The SELECT inside. */
    public Select select() {
        return select;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    @Override
    public List<Table> baseTables() {
        return List.of();
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> fks = new ArrayList<>();
        for (Column<?> c : columns) {
            fks.addAll(c.foreignKeys());
        }
        return fks;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitSubquery(this);
    }

    @Override
    public String toString() {
        return "Subquery('" + name + "')";
    }
}
