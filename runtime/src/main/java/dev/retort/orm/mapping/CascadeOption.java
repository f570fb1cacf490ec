package dev.retort.orm.mapping;

/** Which session operations follow a relationship; mirrors {@code @Relationship(cascade = ...)}. */
public enum CascadeOption {
    SAVE_UPDATE,
    MERGE,
    DELETE,
    DELETE_ORPHAN,
    REFRESH,
    EXPUNGE
}
