package dev.retort.sql;

import java.util.List;

/**
 * Something that can appear in a FROM clause and has columns: a {@link Table}, an {@link Alias},
 * a {@link Join}, a {@link Subquery}.
 */
public interface FromClause extends ClauseElement {

    /** The columns this FROM item exposes, in order. */
    ColumnCollection columns();

    /**
     * The column called {@code name}. Core columns are dynamically typed: the type parameter is
     * inferred from the target, and values are checked against the column's SQL type when bound.
     *
     * @throws dev.retort.exc.NoSuchColumnException listing the valid names when there is none
     */
    default <T> Column<T> c(String name) {
        return columns().get(name);
    }

    /** The tables underneath: itself for a table, the aliased table, both sides of a join. */
    List<Table> baseTables();

    /** The foreign keys of the columns this FROM item exposes. */
    List<ForeignKey> foreignKeys();

    /** An inner join to {@code right}, its ON clause inferred from the foreign keys between them. */
    default Join join(FromClause right) {
        return new Join(this, right, null, false);
    }

    /** An inner join to {@code right} on an explicit condition. */
    default Join join(FromClause right, ColumnElement<Boolean> on) {
        return new Join(this, right, on, false);
    }

    /** A LEFT OUTER join to {@code right}, its ON clause inferred from the foreign keys. */
    default Join outerJoin(FromClause right) {
        return new Join(this, right, null, true);
    }

    /** A LEFT OUTER join to {@code right} on an explicit condition. */
    default Join outerJoin(FromClause right, ColumnElement<Boolean> on) {
        return new Join(this, right, on, true);
    }

    /** Whether {@code column} belongs to this FROM item (directly or through a join). */
    default boolean owns(Column<?> column) {
        for (Column<?> c : columns()) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }
}
