package dev.retort.sql;

import java.util.Objects;

/**
 * {@code (SELECT ...)} used as a value: in the select list, in a comparison, or as the right side
 * of IN. Tables of the enclosing statement are correlated automatically.
 *
 * @param <T> the Java type of the subquery's single column
 */
public final class ScalarSubquery<T> extends ColumnElement<T> {
    private final Select select;
    private final SqlType<T> type;

    /**
     * {@code (select)} as a value of {@code type}. {@link Select#scalarSubquery()} checks that the
     * SELECT has one column and takes its type; this constructor checks nothing.
     */
    public ScalarSubquery(Select select, SqlType<T> type) {
        this.select = Objects.requireNonNull(select, "select");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The SELECT rendered in parentheses. */
    public Select select() {
        return select;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitScalarSubquery(this);
    }
}
