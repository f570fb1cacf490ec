package dev.retort.sql;

import java.util.Objects;

/** DROP INDEX. */
public final class DropIndex extends DdlStatement {
    private final Index index;

    /** {@code DROP INDEX} of {@code index}, qualified with its table's schema. */
    public DropIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The index to drop. */
    public Index index() {
        return index;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitDropIndex(this);
    }
}
