package dev.retort.orm;

import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import java.util.Objects;

/**
 * How one query loads a relationship, overriding {@code @Relationship(lazy = ...)}:
 * {@code session.query(User.class).options(joinedLoad(User_.addresses))}. Made by
 * {@link dev.retort.Retort#joinedLoad}, {@code selectinLoad}, {@code lazyLoad} and {@code raiseLoad}.
 *
 * @param relation the relationship
 * @param strategy how to load it
 */
public record LoaderOption(Relation<?, ?> relation, LoadStrategy strategy) {
    /** Checks that neither the relationship nor the strategy is {@code null}. */
    public LoaderOption {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(strategy, "strategy");
    }

    /** Load with a LEFT OUTER JOIN in the same query. */
    public static LoaderOption joinedLoad(Relation<?, ?> relation) {
        return new LoaderOption(relation, LoadStrategy.JOINED);
    }

    /** Load right after the query with one SELECT ... IN. */
    public static LoaderOption selectinLoad(Relation<?, ?> relation) {
        return new LoaderOption(relation, LoadStrategy.SELECTIN);
    }

    /** Load on first access (collections). */
    public static LoaderOption lazyLoad(Relation<?, ?> relation) {
        return new LoaderOption(relation, LoadStrategy.SELECT);
    }

    /** Do not load: touching the collection raises. */
    public static LoaderOption raiseLoad(Relation<?, ?> relation) {
        return new LoaderOption(relation, LoadStrategy.RAISE);
    }
}
