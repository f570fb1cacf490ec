package dev.retort.sql;

import java.util.Objects;

/** CREATE TABLE with its columns, primary key, foreign keys, unique and check constraints. */
public final class CreateTable extends DdlStatement {
    private final Table table;

    /** {@code CREATE TABLE} for {@code table}, with its columns and constraints. */
    public CreateTable(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The table to create. */
    public Table table() {
        return table;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCreateTable(this);
    }
}
