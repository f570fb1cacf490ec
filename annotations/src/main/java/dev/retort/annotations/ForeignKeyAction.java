package dev.retort.annotations;

/** What a foreign key does when the referenced row is deleted, for {@link Column#onDelete()}. */
public enum ForeignKeyAction {
    /** The database's default: the delete fails while rows refer to it. */
    NO_ACTION,
    /**
     * The delete fails while rows refer to it, like {@link #NO_ACTION}, but the check cannot be
     * deferred to the end of the transaction.
     */
    RESTRICT,
    /** Rows that refer to the deleted row are deleted too. */
    CASCADE,
    /** The referring column is set to NULL. */
    SET_NULL,
    /**
     * The referring column is set to its DEFAULT ({@link Column#serverDefault()}; NULL without
     * one). Not available on Derby, which parses it but does not enforce it.
     */
    SET_DEFAULT
}
