package dev.retort.sql;

import java.util.Objects;

/** CREATE [UNIQUE] INDEX. */
public final class CreateIndex extends DdlStatement {
    private final Index index;

    public CreateIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public Index index() {
        return index;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCreateIndex(this);
    }
}
