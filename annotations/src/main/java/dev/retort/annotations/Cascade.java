package dev.retort.annotations;

/** Which session operations follow a relationship to the related objects, for {@link Relationship#cascade()}. */
public enum Cascade {
    /** {@code add} also adds related objects (the default, with MERGE). */
    SAVE_UPDATE,
    /** {@code merge} also merges related objects (the default, with SAVE_UPDATE). */
    MERGE,
    /** {@code delete} also deletes related objects. */
    DELETE,
    /** A related object removed from the collection is deleted. */
    DELETE_ORPHAN,
    /** {@code refresh} also refreshes related objects. */
    REFRESH,
    /** {@code expunge} also expunges related objects. */
    EXPUNGE,
    /**
     * SAVE_UPDATE, MERGE, DELETE, REFRESH and EXPUNGE: everything except DELETE_ORPHAN, as
     * SQLAlchemy's {@code "all"} (write {@code {ALL, DELETE_ORPHAN}} for both).
     */
    ALL
}
