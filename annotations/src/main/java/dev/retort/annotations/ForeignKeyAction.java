package dev.retort.annotations;

/** What a foreign key does when the referenced row is deleted, for {@link Column#onDelete()}. */
public enum ForeignKeyAction {
    /** The database's default: the delete fails while rows refer to it. */
    NO_ACTION,
    RESTRICT,
    /** Rows that refer to the deleted row are deleted too. */
    CASCADE,
    /** The referring column is set to NULL. */
    SET_NULL,
    SET_DEFAULT
}
