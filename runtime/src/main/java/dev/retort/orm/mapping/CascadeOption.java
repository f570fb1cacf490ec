package dev.retort.orm.mapping;

/** Which session operations follow a relationship; mirrors {@code @Relationship(cascade = ...)}. */
public enum CascadeOption {
    /** Adding an object also adds the related objects it refers to (when flushed); a default. */
    SAVE_UPDATE,
    /** {@code merge} also merges the related objects; a default. */
    MERGE,
    /** {@code delete} also deletes the related objects. */
    DELETE,
    /**
     * A related object removed from the collection is deleted, instead of having its foreign key
     * set to {@code NULL}.
     */
    DELETE_ORPHAN,
    /** {@code refresh} also refreshes the related objects that are loaded. */
    REFRESH,
    /** {@code expunge} also expunges the related objects. */
    EXPUNGE
}
