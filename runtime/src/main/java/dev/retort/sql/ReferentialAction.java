package dev.retort.sql;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    /** {@code NO ACTION}: the statement fails if referencing rows remain; the databases' default. */
    NO_ACTION("NO ACTION"),
    /** {@code RESTRICT}: the statement fails at once if referencing rows exist. */
    RESTRICT("RESTRICT"),
    /**
     * {@code CASCADE}: referencing rows are deleted, or their keys updated, along with the
     * referenced row.
     */
    CASCADE("CASCADE"),
    /** {@code SET NULL}: the referencing columns are set to NULL. */
    SET_NULL("SET NULL"),
    /** {@code SET DEFAULT}: the referencing columns are set to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords. */
    public String sql() {
        return sql;
    }
}
