package dev.retort.sql;

import java.util.function.Consumer;

/** {@code expr [NOT] BETWEEN low AND high}. */
public final class Between extends ColumnElement<Boolean> {
    private final ColumnElement<?> expression;
    private final ColumnElement<?> low;
    private final ColumnElement<?> high;
    private final boolean negated;

    Between(ColumnElement<?> expression, ColumnElement<?> low, ColumnElement<?> high, boolean negated) {
        this.expression = expression;
        this.low = low;
        this.high = high;
        this.negated = negated;
    }

    /** The expression tested, left of {@code BETWEEN}. */
    public ColumnElement<?> expression() {
        return expression;
    }

    /** The lower bound (inclusive). */
    public ColumnElement<?> low() {
        return low;
    }

    /** The upper bound (inclusive). */
    public ColumnElement<?> high() {
        return high;
    }

    /** Whether this is {@code NOT BETWEEN}. */
    public boolean isNegated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public void children(Consumer<ClauseElement> consumer) {
        consumer.accept(expression);
        consumer.accept(low);
        consumer.accept(high);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBetween(this);
    }
}
