package dev.retort.sql;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code left operator right}: comparisons, LIKE, IN, IS, arithmetic and concatenation.
 *
 * @param <T> the Java type of the result
 */
public final class BinaryExpression<T> extends ColumnElement<T> {
    private final ColumnElement<?> left;
    private final Operator operator;
    private final ColumnElement<?> right;
    private final SqlType<T> type;
    private final Character escape;

    /**
     * {@code left operator right}, whose values have {@code type}; the operator methods of
     * {@link ColumnElement} build these.
     */
    public BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type) {
        this(left, operator, right, type, null);
    }

    /**
     * {@code left operator right}, followed by {@code ESCAPE 'escape'} when {@code escape} is not
     * {@code null} (for LIKE patterns).
     */
    public BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type,
            Character escape) {
        this.left = Objects.requireNonNull(left, "left");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.right = Objects.requireNonNull(right, "right");
        this.type = Objects.requireNonNull(type, "type");
        this.escape = escape;
    }

    /** The left operand. */
    public ColumnElement<?> left() {
        return left;
    }

    /** The operator between the operands. */
    public Operator operator() {
        return operator;
    }

    /**
     * The right operand: usually a bound parameter or another expression; an {@link ExpressionList}
     * or {@link ScalarSubquery} for IN, {@link Null} for IS.
     */
    public ColumnElement<?> right() {
        return right;
    }

    /** The LIKE escape character, or {@code null}. */
    public Character escape() {
        return escape;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }


    @Override
    public void children(Consumer<ClauseElement> consumer) {
        consumer.accept(left);
        consumer.accept(right);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBinary(this);
    }
}
