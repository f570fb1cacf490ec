package dev.retort.orm;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.orm.internal.QueryExecutor;
import dev.retort.orm.internal.QueryItem;
import dev.retort.orm.internal.QuerySpec;
import dev.retort.orm.internal.SessionCore;
import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Alias;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.FromClause;
import dev.retort.sql.FunctionCall;
import dev.retort.sql.Label;
import dev.retort.sql.Select;
import dev.retort.sql.Subquery;
import dev.retort.sql.Table;
import dev.retort.sql.TextClause;
import dev.retort.sql.compile.Compiled;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An ORM query, SQLAlchemy's {@code Query}: built step by step (every method returns a new
 * query), run by {@link #all()}, {@link #first()}, {@link #one()}, iteration and friends, in the
 * session's transaction after an autoflush. A query of one mapped class returns its objects
 * (through the identity map: one object per row identity); any other query returns
 * {@link dev.retort.engine.Row}s mixing objects and values.
 *
 * <pre>{@code
 * session.query(User.class).filterBy("name", "ed").first();
 * session.query(User.class).filter(User_.age.gt(25)).orderBy(User_.id).limit(2).offset(1).all();
 * for (Row row : session.query(User.class, User_.name)) { row.get(User.class); row.get("name"); }
 * session.query(User.class, Address.class).join(User_.addresses)
 *        .filter(Address_.emailAddress.like("%@gmail.com")).all();
 * session.query(User.class).filter(User_.name.eq("ed")).update(Map.of("fullname", "E"));
 * }</pre>
 *
 * @param <R> the mapped class, or {@code Row}
 */
public final class Query<R> implements Iterable<R> {
    private final SessionCore core;
    private final QuerySpec spec;

    Query(SessionCore core, QuerySpec spec) {
        this.core = core;
        this.spec = spec;
    }

    private Query<R> with(QuerySpec s) {
        return new Query<>(core, s);
    }

    // ------------------------------------------------------------------ criteria

    /** Adds WHERE criteria, joined with AND: {@code filter(User_.name.eq("ed"))}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only handed to List.of
    public final Query<R> filter(ColumnElement<Boolean>... criteria) {
        return with(spec.withWhere(List.of(criteria)));
    }

    /** Adds a textual WHERE criterion. */
    public Query<R> filter(TextClause criterion) {
        return with(spec.withWhere(List.of(criterion)));
    }

    /**
     * Adds {@code attribute = value} on the query's main class, or the class last joined to
     * (SQLAlchemy's {@code filter_by}).
     *
     * @throws InvalidRequestException naming the valid attributes when there is no such attribute
     */
    @SuppressWarnings("unchecked")
    public Query<R> filterBy(String attribute, Object value) {
        QueryItem.Entity e = filterByTarget();
        Attribute<?, ?> a = e.mapper().attribute(attribute);
        if (a == null) {
            List<String> names = new ArrayList<>();
            for (Attribute<?, ?> x : e.mapper().attributes()) {
                names.add(x.name());
            }
            throw new InvalidRequestException("Entity " + e.mapper().entityName() + " has no attribute '" + attribute
                    + "'; valid attributes are " + names);
        }
        ColumnElement<Object> c = e.from() instanceof Alias
                ? ((Alias) e.from()).corresponding((dev.retort.sql.Column<Object>) a.column())
                : (ColumnElement<Object>) a;
        return with(spec.withWhere(List.of(c.eq(value))));
    }

    /** {@link #filterBy(String, Object)} for each entry. */
    public Query<R> filterBy(Map<String, ?> criteria) {
        Query<R> q = this;
        for (Map.Entry<String, ?> e : criteria.entrySet()) {
            q = q.filterBy(e.getKey(), e.getValue());
        }
        return q;
    }

    private QueryItem.Entity filterByTarget() {
        for (int i = spec.joins().size() - 1; i >= 0; i--) {
            QuerySpec.Join j = spec.joins().get(i);
            if (j.mapper() != null) {
                return new QueryItem.Entity(j.mapper(), j.target(), j.mapper().entityName());
            }
        }
        QueryItem.Entity e = spec.primaryEntity();
        if (e == null) {
            throw new InvalidRequestException("filterBy needs a mapped class in the query; use filter(...) with columns");
        }
        return e;
    }

    /** ORDER BY; use {@code .desc()} for descending order. */
    public Query<R> orderBy(ColumnElement<?>... expressions) {
        return with(spec.withOrderBy(List.of(expressions)));
    }

    /** GROUP BY. */
    public Query<R> groupBy(ColumnElement<?>... expressions) {
        return with(spec.withGroupBy(List.of(expressions)));
    }

    /** HAVING, joined with AND. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only handed to List.of
    public final Query<R> having(ColumnElement<Boolean>... criteria) {
        return with(spec.withHaving(List.of(criteria)));
    }

    /** SELECT DISTINCT. */
    public Query<R> distinct() {
        return with(spec.withDistinct());
    }

    /** At most {@code n} results. */
    public Query<R> limit(int n) {
        if (n < 0) {
            throw new ArgumentException("limit must not be negative: " + n);
        }
        return with(spec.withLimit(n));
    }

    /** Skips the first {@code n} results. */
    public Query<R> offset(int n) {
        if (n < 0) {
            throw new ArgumentException("offset must not be negative: " + n);
        }
        return with(spec.withOffset(n));
    }

    /** Loader options: {@code options(joinedLoad(User_.addresses))}. */
    public Query<R> options(LoaderOption... options) {
        QuerySpec s = spec;
        for (LoaderOption o : options) {
            s = s.withOption(o.relation(), o.strategy());
        }
        return with(s);
    }

    // ------------------------------------------------------------------ joins

    /** Inner join along a relationship, from the class that owns it to its target. */
    public Query<R> join(Relation<?, ?> relation) {
        return joinRelation(relation, null, false);
    }

    /** Inner join along a relationship to an alias of its target. */
    public Query<R> join(Relation<?, ?> relation, Aliased<?> target) {
        return joinRelation(relation, target, false);
    }

    /** LEFT OUTER join along a relationship. */
    public Query<R> outerJoin(Relation<?, ?> relation) {
        return joinRelation(relation, null, true);
    }

    /** LEFT OUTER join along a relationship to an alias of its target. */
    public Query<R> outerJoin(Relation<?, ?> relation, Aliased<?> target) {
        return joinRelation(relation, target, true);
    }

    /** Inner join of a mapped class on an explicit condition. */
    public Query<R> join(Class<?> target, ColumnElement<Boolean> on) {
        EntityMapper<?> m = core.mapper(target);
        return with(spec.withJoins(List.of(new QuerySpec.Join(fromFor(m), on, false, m))));
    }

    /** Inner join of an aliased class on an explicit condition. */
    public Query<R> join(Aliased<?> target, ColumnElement<Boolean> on) {
        EntityMapper<?> m = core.mapper(target.type());
        return with(spec.withJoins(List.of(new QuerySpec.Join(target.alias(m.table()), on, false, m))));
    }

    /** Inner join of any table, alias or subquery on an explicit condition. */
    public Query<R> join(FromClause target, ColumnElement<Boolean> on) {
        return with(spec.withJoins(List.of(new QuerySpec.Join(target, on, false, null))));
    }

    /** LEFT OUTER join of a mapped class on an explicit condition. */
    public Query<R> outerJoin(Class<?> target, ColumnElement<Boolean> on) {
        EntityMapper<?> m = core.mapper(target);
        return with(spec.withJoins(List.of(new QuerySpec.Join(fromFor(m), on, true, m))));
    }

    /** LEFT OUTER join of any table, alias or subquery on an explicit condition. */
    public Query<R> outerJoin(FromClause target, ColumnElement<Boolean> on) {
        return with(spec.withJoins(List.of(new QuerySpec.Join(target, on, true, null))));
    }

    private FromClause fromFor(EntityMapper<?> m) {
        for (QueryItem i : spec.items()) {
            if (i instanceof QueryItem.Entity && ((QueryItem.Entity) i).mapper() == m
                    && ((QueryItem.Entity) i).from() instanceof Table) {
                return ((QueryItem.Entity) i).from();
            }
        }
        return m.table();
    }

    private Query<R> joinRelation(Relation<?, ?> r, Aliased<?> alias, boolean outer) {
        EntityMapper<?> owner = core.mapper(r.ownerType());
        FromClause ownerFrom = null;
        for (int i = spec.joins().size() - 1; i >= 0 && ownerFrom == null; i--) {
            if (spec.joins().get(i).mapper() == owner) {
                ownerFrom = spec.joins().get(i).target();
            }
        }
        if (ownerFrom == null) {
            for (QueryItem i : spec.items()) {
                if (i instanceof QueryItem.Entity && ((QueryItem.Entity) i).mapper() == owner) {
                    ownerFrom = ((QueryItem.Entity) i).from();
                    break;
                }
            }
        }
        if (ownerFrom == null) {
            for (QueryItem i : spec.items()) {
                if (i instanceof QueryItem.Expression) {
                    dev.retort.sql.Column<?> c = ((QueryItem.Expression) i).expression().asColumn();
                    if (c != null && c.table() == owner.table()) {
                        ownerFrom = owner.table();
                        break;
                    }
                }
            }
        }
        if (ownerFrom == null) {
            throw new InvalidRequestException("Can't join along " + r + ": the query has no " + owner.entityName()
                    + " to join from; select it (or one of its columns) or join to it first");
        }
        EntityMapper<?> target = r.targetMapper();
        FromClause targetFrom = alias != null ? alias.alias(target.table()) : fromFor(target);
        List<QuerySpec.Join> joins = new ArrayList<>();
        if (r.kind() == Relation.Kind.MANY_TO_MANY) {
            joins.add(new QuerySpec.Join(r.secondary(), r.secondaryJoinCondition(ownerFrom), outer, null));
            joins.add(new QuerySpec.Join(targetFrom, r.secondaryTargetCondition(r.secondary(), targetFrom), outer,
                    target));
        } else {
            joins.add(new QuerySpec.Join(targetFrom, r.joinCondition(ownerFrom, targetFrom), outer, target));
        }
        return with(spec.withJoins(joins));
    }

    // ------------------------------------------------------------------ results

    private QueryExecutor executor() {
        return new QueryExecutor(core, spec);
    }

    /** Every result. */
    public List<R> all() {
        return executor().all();
    }

    /** The first result, or {@code null} when there is none (runs with LIMIT 1). */
    public R first() {
        List<R> r = new QueryExecutor(core, spec.withLimit(1)).all();
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * The only result.
     *
     * @throws NoResultFoundException when there is none
     * @throws MultipleResultsFoundException when there are several
     */
    public R one() {
        R r = oneOrNull();
        if (r == null) {
            Compiled c = statement().compile();
            throw new NoResultFoundException("No row was found for one(); use oneOrNull() or first() when the row may "
                    + "be missing\n[SQL: " + c.sql() + "]\n[parameters: " + core.engine().describeParameters(c.params()) + "]");
        }
        return r;
    }

    /**
     * The only result, or {@code null}.
     *
     * @throws MultipleResultsFoundException when there are several
     */
    public R oneOrNull() {
        // LIMIT 2 is enough to tell one row from several; a query of aggregates alone returns one row anyway.
        QuerySpec s = aggregatesOnly() ? spec : spec.withLimit(spec.limit() == null ? 2 : Math.min(2, spec.limit()));
        List<R> r = new QueryExecutor(core, s).all();
        if (r.size() > 1) {
            throw new MultipleResultsFoundException("Multiple rows were found for one(); narrow the criteria, or use "
                    + "first()\n[SQL: " + this + "]");
        }
        return r.isEmpty() ? null : r.get(0);
    }

    /** Whether this query selects only aggregate functions and has no GROUP BY, so it returns one row. */
    private boolean aggregatesOnly() {
        if (!spec.groupBy().isEmpty() || spec.items().isEmpty()) {
            return false;
        }
        for (QueryItem item : spec.items()) {
            if (!(item instanceof QueryItem.Expression)) {
                return false;
            }
            ColumnElement<?> e = ((QueryItem.Expression) item).expression();
            if (e instanceof Label) {
                e = ((Label<?>) e).element();
            }
            if (!(e instanceof FunctionCall) || !((FunctionCall<?>) e).isAggregate()) {
                return false;
            }
        }
        return true;
    }

    /** The object of the main class with this primary key: the identity map first, then the database. */
    public R get(Object id) {
        QueryItem.Entity e = spec.primaryEntity();
        if (e == null || !spec.isSingleEntity()) {
            throw new InvalidRequestException("get(id) needs a query of one mapped class");
        }
        @SuppressWarnings("unchecked")
        R r = (R) core.get(e.mapper().entityType(), id);
        return r;
    }

    /** The number of results: {@code SELECT count(*) FROM (query)}. */
    public long count() {
        return executor().count();
    }

    /** Whether there is at least one result. */
    public boolean exists() {
        return executor().exists();
    }

    /**
     * The results as they are read from the database; relationships are loaded per batch of rows.
     * Close the stream (try-with-resources) if you do not read it to the end.
     */
    public Stream<R> stream() {
        QueryExecutor.CloseableIterator<R> it = executor().iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(it::close);
    }

    /** Iterates over the results as they are read. */
    @Override
    public Iterator<R> iterator() {
        return executor().iterator();
    }

    /**
     * Bulk {@code UPDATE ... SET ... WHERE <criteria>}; the session's matching objects get the
     * new values.
     *
     * @param values new values by attribute name
     * @return the number of rows updated
     */
    public int update(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        return executor().update(values);
    }

    /** Bulk {@code DELETE ... WHERE <criteria>}; the session's matching objects leave it. */
    public int delete() {
        return executor().delete();
    }

    /** The SELECT this query runs. */
    public Select statement() {
        return executor().statement();
    }

    /** This query as a FROM item. */
    public Subquery subquery(String name) {
        return statement().subquery(name);
    }

    /** The SQL, rendered generically. */
    @Override
    public String toString() {
        return statement().toString();
    }
}
