package dev.retort.sql;

import java.util.Objects;

/** A CHECK constraint given as SQL text: {@code checkConstraint("price >= 0")}. */
public final class CheckConstraint extends Constraint {
    private final String sql;

    /**
     * {@code CHECK (sql)}, the condition given as SQL text and rendered as is; {@code name} may be
     * {@code null} to let the database choose.
     */
    public CheckConstraint(String name, String sql) {
        super(name);
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    /** The condition's SQL text. */
    public String sql() {
        return sql;
    }

    @Override
    public String toString() {
        return "CheckConstraint('" + sql + "')";
    }
}
