package dev.retort.orm.mapping;

/** How a relationship loads; mirrors {@code @Relationship(lazy = ...)}. */
public enum LoadStrategy {
    /** Collections on first access; single references with their owner (identity map, else one SELECT ... IN). */
    SELECT,
    /** In the owner's query, with a LEFT OUTER JOIN. */
    JOINED,
    /** Right after the owners, with one SELECT ... IN. */
    SELECTIN,
    /** Not loaded; touching an unloaded collection raises. */
    RAISE
}
