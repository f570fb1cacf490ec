package dev.retort.sql;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An expression in explicit parentheses, made by {@code grouping(x)}. The compiler adds the
 * parentheses precedence needs by itself; this is for SQL that wants them anyway.
 *
 * @param <T> the Java type of the expression
 */
public final class Grouping<T> extends ColumnElement<T> {
    private final ColumnElement<T> element;

    /** {@code (element)}; usually made with {@code grouping(element)}. */
    public Grouping(ColumnElement<T> element) {
        this.element = Objects.requireNonNull(element, "element");
    }

    /** The expression inside the parentheses. */
    public ColumnElement<T> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return element.type();
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
