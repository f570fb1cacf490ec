package dev.retort.sql;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code expr AS name}: an expression named in the select list; the row exposes the value under
 * that name ({@code row.get("title")}).
 *
 * @param <T> the Java type of the expression
 */
public final class Label<T> extends ColumnElement<T> {
    private final String name;
    private final ColumnElement<T> element;

    /** {@code element AS name}; usually made with {@link ColumnElement#label(String)}. */
    public Label(String name, ColumnElement<T> element) {
        this.name = Objects.requireNonNull(name, "name");
        this.element = Objects.requireNonNull(element, "element");
    }

    /** The name the result row exposes the value under. */
    public String name() {
        return name;
    }

    /** The labelled expression. */
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
        visitor.visitLabel(this);
    }
}
