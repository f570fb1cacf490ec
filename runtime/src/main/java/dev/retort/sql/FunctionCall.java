package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code name(arg, ...)}: a SQL function call, built by {@code func("lower", x)},
 * {@code count()}, {@code sum(x)} and friends.
 *
 * @param <T> the Java type of the result
 */
public final class FunctionCall<T> extends ColumnElement<T> {
    /** The SQL aggregate functions, lower case: a SELECT of only these, without GROUP BY, returns one row. */
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "avg", "every",
            "bool_and", "bool_or", "string_agg", "group_concat", "array_agg", "listagg", "stddev", "variance");

    private final String name;
    private final List<ColumnElement<?>> arguments;
    private final SqlType<T> type;

    /**
     * {@code name(arguments...)}, whose result has {@code type}. Without arguments, the SQL functions
     * written without parentheses ({@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE}, ...) render bare.
     */
    public FunctionCall(String name, List<? extends ColumnElement<?>> arguments, SqlType<T> type) {
        this.name = checkName(name);
        this.arguments = List.copyOf(arguments);
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A function name is an identifier, optionally dotted ({@code pkg.fn}): it must not be empty,
     * have an empty part ({@code a..b}, {@code .fn}) or contain control characters (NUL, newline).
     * Any other text is accepted and quoted where it is not a plain name, so it can never end the
     * statement.
     */
    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        boolean bad = name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..");
        for (int i = 0; i < name.length() && !bad; i++) {
            bad = Character.isISOControl(name.charAt(i));
        }
        if (bad) {
            throw new ArgumentException("Function name " + Shown.text(name) + " is not a SQL identifier: give a name "
                    + "such as \"lower\" or \"pkg.fn\", without empty parts or control characters");
        }
        return name;
    }

    /** The function's name, as given; dialects may translate it. */
    public String name() {
        return name;
    }

    /** The arguments, in order; empty for {@code name()}. */
    public List<ColumnElement<?>> arguments() {
        return arguments;
    }

    /**
     * Whether this is an aggregate function ({@code count}, {@code sum}, {@code min}, {@code max},
     * {@code avg}, ...): a SELECT of only aggregates and no GROUP BY returns exactly one row.
     */
    public boolean isAggregate() {
        return AGGREGATES.contains(name.toLowerCase(Locale.ROOT));
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
