package dev.retort.sql;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code CAST(expr AS type)}.
 *
 * @param <T> the Java type of the target type
 */
public final class Cast<T> extends ColumnElement<T> {
    private final ColumnElement<?> expression;
    private final SqlType<T> type;

    /** {@code CAST(expression AS type)}; usually made with {@link ColumnElement#cast(SqlType)}. */
    public Cast(ColumnElement<?> expression, SqlType<T> type) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The expression being converted. */
    public ColumnElement<?> expression() {
        return expression;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }


    @Override
    public void children(Consumer<ClauseElement> consumer) {
        consumer.accept(expression);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCast(this);
    }
}
