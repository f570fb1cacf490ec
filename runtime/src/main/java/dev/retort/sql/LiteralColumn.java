package dev.retort.sql;

import java.util.Objects;

/**
 * A fragment of SQL text used as a column expression, rendered as is: {@code *} in
 * {@code count(*)}, or {@code literalColumn("CURRENT_DATE", DATE)}. Never put user input here;
 * values belong in bound parameters.
 *
 * @param <T> the Java type of the expression
 */
public final class LiteralColumn<T> extends ColumnElement<T> {
    /** {@code *}. */
    public static final LiteralColumn<Object> STAR = new LiteralColumn<>("*", SqlTypes.NULL);

    private final String text;
    private final SqlType<T> type;

    /**
     * SQL {@code text} rendered as is, with values of {@code type}; usually made with
     * {@code literalColumn(text, type)}.
     */
    public LiteralColumn(String text, SqlType<T> type) {
        this.text = Objects.requireNonNull(text, "text");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The SQL text, rendered verbatim. */
    public String text() {
        return text;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String anonName() {
        return text;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitLiteralColumn(this);
    }
}
