package dev.retort.sql;

import java.util.Objects;

/** CREATE SEQUENCE. */
public final class CreateSequence extends DdlStatement {
    private final Sequence sequence;

    /** {@code CREATE SEQUENCE} of {@code sequence}. */
    public CreateSequence(Sequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /** The sequence to create. */
    public Sequence sequence() {
        return sequence;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCreateSequence(this);
    }
}
