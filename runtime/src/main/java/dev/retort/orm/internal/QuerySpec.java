package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.FromClause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable description of an ORM query: what it selects, its joins, criteria, ordering,
 * paging and loader options. {@code dev.retort.orm.Query} builds one; {@link QueryExecutor} runs it.
 *
 * @param items what is selected
 * @param joins joins, in order, from the first item's FROM
 * @param where conditions, joined with AND
 * @param orderBy ORDER BY
 * @param groupBy GROUP BY
 * @param having HAVING
 * @param distinct SELECT DISTINCT
 * @param limit LIMIT or null
 * @param offset OFFSET or null
 * @param options loader options: relationship → strategy
 */
public record QuerySpec(List<QueryItem> items, List<Join> joins, List<ClauseElement> where,
        List<ColumnElement<?>> orderBy, List<ColumnElement<?>> groupBy, List<ColumnElement<Boolean>> having,
        boolean distinct, Integer limit, Integer offset, Map<Relation<?, ?>, LoadStrategy> options) {

    /**
     * A join: to {@code target} on {@code on}; {@code mapper} is the joined class when the target
     * is a mapped class's table or alias (for {@code filterBy}); for a many-to-many relationship
     * the association table comes first as its own join.
     */
    public record Join(FromClause target, ColumnElement<Boolean> on, boolean outer, EntityMapper<?> mapper) {}

    /** A query of {@code items} with nothing else. */
    public static QuerySpec of(List<QueryItem> items) {
        return new QuerySpec(List.copyOf(items), List.of(), List.of(), List.of(), List.of(), List.of(), false, null,
                null, Map.of());
    }

    private static <T> List<T> plus(List<T> list, List<? extends T> more) {
        List<T> out = new ArrayList<>(list);
        out.addAll(more);
        return List.copyOf(out);
    }

    /** A copy with {@code conditions} added to WHERE (joined with AND). */
    public QuerySpec withWhere(List<? extends ClauseElement> conditions) {
        return new QuerySpec(items, joins, plus(where, conditions), orderBy, groupBy, having, distinct, limit, offset,
                options);
    }

    /** A copy with {@code more} joins appended. */
    public QuerySpec withJoins(List<Join> more) {
        return new QuerySpec(items, plus(joins, more), where, orderBy, groupBy, having, distinct, limit, offset,
                options);
    }

    /** A copy with {@code more} ORDER BY items appended. */
    public QuerySpec withOrderBy(List<? extends ColumnElement<?>> more) {
        return new QuerySpec(items, joins, where, plus(orderBy, more), groupBy, having, distinct, limit, offset,
                options);
    }

    /** A copy with {@code more} GROUP BY items appended. */
    public QuerySpec withGroupBy(List<? extends ColumnElement<?>> more) {
        return new QuerySpec(items, joins, where, orderBy, plus(groupBy, more), having, distinct, limit, offset,
                options);
    }

    /** A copy with {@code more} HAVING conditions added (joined with AND). */
    public QuerySpec withHaving(List<ColumnElement<Boolean>> more) {
        return new QuerySpec(items, joins, where, orderBy, groupBy, plus(having, more), distinct, limit, offset,
                options);
    }

    /** A copy that selects DISTINCT. */
    public QuerySpec withDistinct() {
        return new QuerySpec(items, joins, where, orderBy, groupBy, having, true, limit, offset, options);
    }

    /** A copy with LIMIT {@code n} ({@code null}: none), replacing any earlier limit. */
    public QuerySpec withLimit(Integer n) {
        return new QuerySpec(items, joins, where, orderBy, groupBy, having, distinct, n, offset, options);
    }

    /** A copy with OFFSET {@code n} ({@code null}: none), replacing any earlier offset. */
    public QuerySpec withOffset(Integer n) {
        return new QuerySpec(items, joins, where, orderBy, groupBy, having, distinct, limit, n, options);
    }

    /** A copy that loads {@code relation} with {@code strategy}, replacing an earlier option for it. */
    public QuerySpec withOption(Relation<?, ?> relation, LoadStrategy strategy) {
        Map<Relation<?, ?>, LoadStrategy> o = new LinkedHashMap<>(options);
        o.put(relation, strategy);
        return new QuerySpec(items, joins, where, orderBy, groupBy, having, distinct, limit, offset, o);
    }

    /** The first selected mapped class, or {@code null}. */
    public QueryItem.Entity primaryEntity() {
        for (QueryItem i : items) {
            if (i instanceof QueryItem.Entity) {
                return (QueryItem.Entity) i;
            }
        }
        return null;
    }

    /** Whether the query selects exactly one mapped class and nothing else. */
    public boolean isSingleEntity() {
        return items.size() == 1 && items.get(0) instanceof QueryItem.Entity;
    }
}
