package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.FromClause;

/** One thing a query selects: a whole mapped class (from its table or an alias), or an expression. */
public sealed interface QueryItem {

    /** A mapped class, selected from {@code from} (its table or an alias), keyed {@code key} in rows. */
    record Entity(EntityMapper<?> mapper, FromClause from, String key) implements QueryItem {}

    /** A column or other expression. */
    record Expression(ColumnElement<?> expression) implements QueryItem {}
}
