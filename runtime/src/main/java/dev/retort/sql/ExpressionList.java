package dev.retort.sql;

import java.util.List;
import java.util.function.Consumer;

/** A parenthesized, comma-separated list of expressions, as the right side of IN. */
public final class ExpressionList extends ColumnElement<Object> {
    private final List<ColumnElement<?>> elements;

    /** {@code (e1, e2, ...)} over a copy of {@code elements}. */
    public ExpressionList(List<? extends ColumnElement<?>> elements) {
        this.elements = List.copyOf(elements);
    }

    /** The listed expressions, in order. */
    public List<ColumnElement<?>> elements() {
        return elements;
    }

    @Override
    public SqlType<Object> type() {
        return SqlTypes.NULL;
    }

    @Override
    public void children(Consumer<ClauseElement> consumer) {
        elements.forEach(consumer);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitExpressionList(this);
    }
}
