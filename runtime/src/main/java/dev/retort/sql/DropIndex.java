package dev.retort.sql;

import java.util.Objects;

/** DROP INDEX. */
public final class DropIndex extends DdlStatement {
    private final Index index;

    public DropIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public Index index() {
        return index;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitDropIndex(this);
    }
}
