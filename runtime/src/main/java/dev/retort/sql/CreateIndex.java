package dev.retort.sql;

import java.util.Objects;

/** CREATE [UNIQUE] INDEX. */
public final class CreateIndex extends DdlStatement {
    private final Index index;

    /** {@code CREATE [UNIQUE] INDEX name ON table (columns)} for {@code index}. */
    public CreateIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The index to create. */
    public Index index() {
        return index;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCreateIndex(this);
    }
}
