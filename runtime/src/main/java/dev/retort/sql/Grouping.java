package dev.retort.sql;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An expression in explicit parentheses; {@code not(x)} wraps its argument in one.
 *
 * @param <T> the Java type of the expression
 */
public final class Grouping<T> extends ColumnElement<T> {
    private final ColumnElement<T> element;

    public Grouping(ColumnElement<T> element) {
        this.element = Objects.requireNonNull(element, "element");
    }

    public ColumnElement<T> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return element.type();
    }

    @Override
    public String anonName() {
        return element.anonName();
    }

    @Override
    public void children(Consumer<ClauseElement> consumer) {
        consumer.accept(element);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitGrouping(this);
    }
}
