package dev.retort.sql;

/**
 * A condition that is always true or always false, rendered as {@code 1 = 1} / {@code 0 = 1} so
 * it works on databases without boolean literals. {@code in()} of an empty list yields
 * {@link #FALSE}.
 */
public final class BooleanConstant extends ColumnElement<Boolean> {
    /** Always true. */
    public static final BooleanConstant TRUE = new BooleanConstant(true);
    /** Always false. */
    public static final BooleanConstant FALSE = new BooleanConstant(false);

    private final boolean value;

    private BooleanConstant(boolean value) {
        this.value = value;
    }

    /** {@code true} for {@link #TRUE} ({@code 1 = 1}), {@code false} for {@link #FALSE} ({@code 0 = 1}). */
    public boolean value() {
        return value;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBooleanConstant(this);
    }
}
