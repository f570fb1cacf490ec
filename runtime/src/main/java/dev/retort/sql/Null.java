package dev.retort.sql;

/** The SQL {@code NULL} keyword. */
public final class Null extends ColumnElement<Object> {
    /** The one instance. */
    public static final Null INSTANCE = new Null();

    private Null() {}

    @Override
    public SqlType<Object> type() {
        return SqlTypes.NULL;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitNull(this);
    }
}
