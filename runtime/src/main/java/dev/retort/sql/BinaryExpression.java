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

    public BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type) {
        this(left, operator, right, type, null);
    }

    public BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type,
            Character escape) {
        this.left = Objects.requireNonNull(left, "left");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.right = Objects.requireNonNull(right, "right");
        this.type = Objects.requireNonNull(type, "type");
        this.escape = escape;
    }

    public ColumnElement<?> left() {
        return left;
    }

    public Operator operator() {
        return operator;
    }

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
    public String anonName() {
        return left.anonName();
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
