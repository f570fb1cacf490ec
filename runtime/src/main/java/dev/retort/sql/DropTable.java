package dev.retort.sql;

import java.util.Objects;

/** DROP TABLE. */
public final class DropTable extends DdlStatement {
    private final Table table;

    /** {@code DROP TABLE} of {@code table}. */
    public DropTable(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The table to drop. */
    public Table table() {
        return table;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitDropTable(this);
    }
}
