package dev.retort.sql;

import java.util.function.Consumer;

/**
 * An expression with a prefix operator ({@code NOT x}, {@code -x}, {@code DISTINCT x}) or a
 * postfix modifier ({@code x DESC}, {@code x NULLS LAST}).
 *
 * @param <T> the Java type of the result
 */
public final class UnaryExpression<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final Operator operator;
    private final Operator modifier;
    private final SqlType<T> type;

    private UnaryExpression(ColumnElement<?> element, Operator operator, Operator modifier, SqlType<T> type) {
        this.element = element;
        this.operator = operator;
        this.modifier = modifier;
        this.type = type;
    }

    static <T> UnaryExpression<T> prefix(Operator operator, ColumnElement<?> element, SqlType<T> type) {
        return new UnaryExpression<>(element, operator, null, type);
    }

    static <T> UnaryExpression<T> postfix(ColumnElement<T> element, Operator modifier) {
        return new UnaryExpression<>(element, null, modifier, element.type());
    }

    /** The expression the operator or modifier applies to. */
    public ColumnElement<?> element() {
        return element;
    }

    /** The prefix operator, or {@code null}. */
    public Operator operator() {
        return operator;
    }

    /** The postfix modifier, or {@code null}. */
    public Operator modifier() {
        return modifier;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }


    @Override
    public void children(Consumer<ClauseElement> consumer) {
        consumer.accept(element);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitUnary(this);
    }
}
