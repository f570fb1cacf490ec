package dev.retort.annotations;

/** How a relationship is loaded, for {@link Relationship#lazy()}. */
public enum Lazy {
    /**
     * Collections load on first access with one SELECT. A single reference (many-to-one) is a
     * plain field that cannot load itself, so it is filled when its owner loads: from the identity
     * map, else with one SELECT ... IN for all owners loaded by the same query.
     */
    SELECT,
    /** Loaded in the same query with a LEFT OUTER JOIN. */
    JOINED,
    /** Loaded right after the owners with one SELECT ... WHERE key IN (...). */
    SELECTIN,
    /** Not loaded: touching an unloaded collection throws; a reference stays {@code null}. */
    RAISE
}
