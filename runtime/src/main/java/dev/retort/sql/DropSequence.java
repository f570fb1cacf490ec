package dev.retort.sql;

import java.util.Objects;

/** DROP SEQUENCE. */
public final class DropSequence extends DdlStatement {
    private final Sequence sequence;

    /** {@code DROP SEQUENCE} of {@code sequence}. */
    public DropSequence(Sequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /** The sequence to drop. */
    public Sequence sequence() {
        return sequence;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitDropSequence(this);
    }
}
