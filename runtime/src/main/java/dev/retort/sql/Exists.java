package dev.retort.sql;

import java.util.Objects;

/** {@code EXISTS (SELECT ...)}; tables of the enclosing statement are correlated automatically. */
public final class Exists extends ColumnElement<Boolean> {
    private final Select select;

    /** {@code EXISTS (select)}; the same as {@link Select#exists()}. */
    public Exists(Select select) {
        this.select = Objects.requireNonNull(select, "select");
    }

    /** The subquery tested for rows. */
    public Select select() {
        return select;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitExists(this);
    }
}
