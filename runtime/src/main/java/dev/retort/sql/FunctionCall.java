package dev.retort.sql;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code name(arg, ...)}: a SQL function call, built by {@code func("lower", x)},
 * {@code count()}, {@code sum(x)} and friends.
 *
 * @param <T> the Java type of the result
 */
public final class FunctionCall<T> extends ColumnElement<T> {
    private final String name;
    private final List<ColumnElement<?>> arguments;
    private final SqlType<T> type;

    /**
     * {@code name(arguments...)}, whose result has {@code type}. Without arguments, the SQL functions
     * written without parentheses ({@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE}, ...) render bare.
     */
    public FunctionCall(String name, List<? extends ColumnElement<?>> arguments, SqlType<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.arguments = List.copyOf(arguments);
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The function's name, as given; dialects may translate it. */
    public String name() {
        return name;
    }

    /** The arguments, in order; empty for {@code name()}. */
    public List<ColumnElement<?>> arguments() {
        return arguments;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String anonName() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void children(Consumer<ClauseElement> consumer) {
        arguments.forEach(consumer);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitFunction(this);
    }
}
