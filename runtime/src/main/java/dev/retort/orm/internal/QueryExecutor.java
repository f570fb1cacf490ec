package dev.retort.orm.internal;

import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Alias;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Expressions;
import dev.retort.sql.FromClause;
import dev.retort.sql.Join;
import dev.retort.sql.ResultKeys;
import dev.retort.sql.Select;
import dev.retort.sql.Table;
import dev.retort.sql.TextClause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Runs a {@link QuerySpec}: builds the SELECT (with LEFT OUTER JOINs for joined eager loads),
 * executes it in the session's transaction after an autoflush, and turns rows into objects
 * through the identity map, or into rows mixing objects and values.
 */
public final class QueryExecutor {
    /** Rows loaded between relationship resolutions when streaming. */
    static final int STREAM_CHUNK = 256;

    private final SessionCore core;
    private final QuerySpec spec;

    /** A relationship loaded by a LEFT OUTER JOIN in this query: its owner item and where its columns start. */
    private record Eager(int ownerItem, Relation<?, ?> relation, EntityMapper<?> target, int offset) {}

    /** The SELECT with where each item's columns start, and the joined eager loads. */
    private record Plan(Select select, int[] offsets, List<Eager> eager, Map<Relation<?, ?>, LoadStrategy> strategies) {}

    /** An executor of {@code spec} in {@code core}'s session. */
    public QueryExecutor(SessionCore core, QuerySpec spec) {
        this.core = core;
        this.spec = spec;
    }

    // ------------------------------------------------------------------ statement

    /** The SELECT this query runs (without eager loads). */
    public Select statement() {
        return plan(false).select();
    }

    private Plan plan(boolean eagerLoads) {
        List<QueryItem> items = spec.items();
        List<ClauseElement> cols = new ArrayList<>();
        int[] offsets = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            offsets[i] = cols.size();
            QueryItem item = items.get(i);
            if (item instanceof QueryItem.Entity) {
                cols.addAll(((QueryItem.Entity) item).from().columns().list());
            } else {
                cols.add(((QueryItem.Expression) item).expression());
            }
        }
        FromClause chain = null;
        if (!spec.joins().isEmpty()) {
            chain = baseFrom();
            for (QuerySpec.Join j : spec.joins()) {
                chain = new Join(chain, j.target(), j.on(), j.outer());
            }
        }
        Map<Relation<?, ?>, LoadStrategy> strategies = new LinkedHashMap<>(spec.options());
        List<Eager> eager = new ArrayList<>();
        List<ColumnElement<?>> eagerOrder = new ArrayList<>();
        QueryItem.Entity primary = spec.primaryEntity();
        if (eagerLoads && primary != null) {
            int ownerItem = items.indexOf(primary);
            int n = 0;
            for (Relation<?, ?> r : primary.mapper().relations()) {
                LoadStrategy s = strategies.getOrDefault(r, r.lazy());
                if (s != LoadStrategy.JOINED || !r.hasField()) {
                    continue;
                }
                if (r.isCollection() && (spec.limit() != null || spec.offset() != null)) {
                    strategies.put(r, LoadStrategy.SELECTIN); // a LIMIT would cut the joined rows
                    continue;
                }
                EntityMapper<?> tm = r.targetMapper();
                Alias target = tm.table().alias(tm.table().name() + "_" + (++n));
                if (chain == null) {
                    chain = primary.from();
                }
                if (r.kind() == Relation.Kind.MANY_TO_MANY) {
                    Alias secondary = r.secondary().alias(r.secondary().name() + "_" + n);
                    chain = new Join(chain, secondary, r.secondaryJoinCondition(primary.from(), secondary), true);
                    chain = new Join(chain, target, r.secondaryTargetCondition(secondary, target), true);
                } else {
                    chain = new Join(chain, target, r.joinCondition(primary.from(), target), true);
                }
                eager.add(new Eager(ownerItem, r, tm, cols.size()));
                cols.addAll(target.columns().list());
                if (r.isCollection()) {
                    for (Relation.Ordering o : r.orderBy()) {
                        Attribute<?, ?> a = tm.attribute(o.attribute());
                        if (a != null) {
                            Column<?> c = target.corresponding(a.column());
                            eagerOrder.add(o.descending() ? c.desc() : c);
                        }
                    }
                }
            }
        }
        Select s = Select.of(cols.toArray(new ClauseElement[0]));
        if (chain != null) {
            s = s.selectFrom(chain);
        }
        s = where(s);
        if (!spec.groupBy().isEmpty()) {
            s = s.groupBy(spec.groupBy().toArray(new ColumnElement<?>[0]));
        }
        if (!spec.having().isEmpty()) {
            s = s.having(havingArray());
        }
        List<ColumnElement<?>> order = new ArrayList<>(spec.orderBy());
        order.addAll(eagerOrder);
        if (!order.isEmpty()) {
            s = s.orderBy(order.toArray(new ColumnElement<?>[0]));
        }
        if (spec.distinct()) {
            s = s.distinct();
        }
        if (spec.limit() != null) {
            s = s.limit(spec.limit());
        }
        if (spec.offset() != null) {
            s = s.offset(spec.offset());
        }
        return new Plan(s, offsets, eager, strategies);
    }

    @SuppressWarnings("unchecked")
    private ColumnElement<Boolean>[] havingArray() {
        return spec.having().toArray(new ColumnElement[0]);
    }

    @SuppressWarnings("unchecked")
    private Select where(Select s) {
        List<ClauseElement> where = spec.where();
        boolean text = false;
        for (int i = 0; i < where.size(); i++) {
            text |= where.get(i) instanceof TextClause;
        }
        if (!text) {
            return where.isEmpty() ? s : s.where((List<ColumnElement<Boolean>>) (List<?>) where); // one copy for all
        }
        for (ClauseElement w : where) {
            s = w instanceof TextClause ? s.where((TextClause) w) : s.where((ColumnElement<Boolean>) w);
        }
        return s;
    }

    /** The FROM item joins start from: the first selected class's table or alias, else the first column's table. */
    private FromClause baseFrom() {
        for (QueryItem i : spec.items()) {
            if (i instanceof QueryItem.Entity) {
                return ((QueryItem.Entity) i).from();
            }
            Column<?> c = ((QueryItem.Expression) i).expression().asColumn();
            if (c != null && c.table() != null) {
                return c.table();
            }
        }
        throw new InvalidRequestException("Nothing to join from: select a mapped class or a column first");
    }

    // ------------------------------------------------------------------ running

    /** Every result: objects for a single-class query, else rows. */
    @SuppressWarnings("unchecked")
    public <R> List<R> all() {
        core.checkUsable();
        core.autoflush();
        Plan plan = plan(true);
        LoadContext ctx = new LoadContext(false, plan.strategies());
        boolean single = spec.isSingleEntity();
        boolean unique = single && joinsCollection(plan);
        Row.Factory rows = single ? null : rowFactory();
        List<Object> out = new ArrayList<>();
        Set<Object> seen = unique ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
        Previous previous = plan.eager().isEmpty() ? null : new Previous(spec.items().size());
        try (Result r = core.connection().execute(plan.select())) {
            JoinedRows joined = previous == null ? null : new JoinedRows(r, core, spec.items(), plan.offsets());
            Object[] row;
            Object last = null;
            while ((row = joined == null ? r.fetchValues() : joined.next(previous.keys)) != null) {
                Object result = readRow(row, plan, ctx, rows, previous);
                if (result == null) {
                    continue;
                }
                if (seen != null) {
                    if (result == last) {
                        continue; // a joined collection repeats its owner on consecutive rows: no lookup for those
                    }
                    last = result;
                    if (!seen.add(result)) {
                        continue;
                    }
                }
                out.add(result);
            }
        }
        core.loader.finish(ctx);
        return (List<R>) out;
    }

    /** Whether a joined eager load of the plan is a collection (its rows repeat their owner). */
    private static boolean joinsCollection(Plan plan) {
        List<Eager> eager = plan.eager();
        for (int i = 0, n = eager.size(); i < n; i++) { // (no iterator: most queries join nothing)
            if (eager.get(i).relation().isCollection()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the previous row loaded, per item: a joined eager load repeats its owner's columns on
     * every row of the owner's collection, so a row whose key equals the previous row's reuses
     * that object instead of looking it up again (the rows of one owner come together).
     */
    private static final class Previous {
        final Object[] keys;
        final Object[] objects;
        final EntityState[] states;

        Previous(int items) {
            keys = new Object[items];
            objects = new Object[items];
            states = new EntityState[items];
        }
    }

    private Object readRow(Object[] row, Plan plan, LoadContext ctx, Row.Factory rows, Previous previous) {
        List<QueryItem> items = spec.items();
        Loader loader = core.loader;
        if (rows == null && plan.eager().isEmpty()) {
            // one class, nothing joined: the row is the object's (no per-row array of results)
            return loader.load(((QueryItem.Entity) items.get(0)).mapper(), row, plan.offsets()[0], ctx);
        }
        Object[] values = new Object[items.size()];
        for (int i = 0; i < values.length; i++) {
            QueryItem item = items.get(i);
            int offset = plan.offsets()[i];
            if (!(item instanceof QueryItem.Entity)) {
                values[i] = row[offset];
                continue;
            }
            EntityMapper<?> m = ((QueryItem.Entity) item).mapper();
            Object key = previous == null ? null : core.plan(m).keyOf(row, offset);
            if (key != null && key.equals(previous.keys[i])) {
                values[i] = previous.objects[i];
                continue;
            }
            values[i] = loader.load(m, row, offset, ctx);
            if (previous != null) {
                previous.keys[i] = values[i] == null ? null : key;
                previous.objects[i] = values[i];
                previous.states[i] = loader.loaded;
            }
        }
        for (Eager e : plan.eager()) {
            EntityState os = previous.states[e.ownerItem()];
            if (values[e.ownerItem()] != null && os != null) {
                Object item = loader.load(e.target(), row, e.offset(), ctx);
                ctx.joinedItem(os, e.relation().index(), item, loader.loaded);
            }
        }
        return rows == null ? values[0] : rows.row(values);
    }

    /**
     * Rows of a query that selects more than one entity or expression: an entity's key is its
     * name or alias; an expression's is the result key the Core names it by ({@link ResultKeys}:
     * a column's or label's name, {@code count_1}, {@code anon_1}), the same as the SQL's label.
     */
    private Row.Factory rowFactory() {
        List<ColumnElement<?>> expressions = new ArrayList<>();
        for (QueryItem i : spec.items()) {
            if (i instanceof QueryItem.Expression) {
                expressions.add(((QueryItem.Expression) i).expression());
            }
        }
        Iterator<String> expressionKeys = ResultKeys.of(expressions).iterator();
        List<String> keys = new ArrayList<>();
        List<ColumnElement<?>> elements = new ArrayList<>();
        for (QueryItem i : spec.items()) {
            if (i instanceof QueryItem.Entity) {
                keys.add(((QueryItem.Entity) i).key());
                elements.add(null);
            } else {
                keys.add(expressionKeys.next());
                elements.add(((QueryItem.Expression) i).expression());
            }
        }
        return Row.factory(keys, elements);
    }

    /**
     * The results, loaded as they are read: relationships are set up every {@value #STREAM_CHUNK}
     * rows, and the session may let go of clean objects between chunks. Close the iterator's
     * source (the returned {@link AutoCloseable}) when done early.
     */
    public <R> CloseableIterator<R> iterator() {
        core.checkUsable();
        core.autoflush();
        Plan plan = plan(true);
        if (joinsCollection(plan)) {
            List<R> all = all();
            Iterator<R> it = all.iterator();
            return new CloseableIterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public R next() {
                    return it.next();
                }

                @Override
                public void close() {}
            };
        }
        Result result = core.connection().execute(plan.select());
        boolean single = spec.isSingleEntity();
        Row.Factory rows = single ? null : rowFactory();
        return new CloseableIterator<>() {
            private final List<Object> buffer = new ArrayList<>();
            private int position;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (position < buffer.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                // past pinLimit, flush and let go of what the caller has seen, while the buffer
                // still holds the last batch: a change made to one of its objects is written
                // before the object can be collected (the new batch stays held until the next one)
                core.maybeRelease();
                buffer.clear();
                position = 0;
                LoadContext ctx = new LoadContext(false, plan.strategies());
                Previous previous = plan.eager().isEmpty() ? null : new Previous(spec.items().size());
                Object[] row;
                while (buffer.size() < STREAM_CHUNK && (row = result.fetchValues()) != null) {
                    Object r = readRow(row, plan, ctx, rows, previous);
                    if (r != null) {
                        buffer.add(r);
                    }
                }
                if (buffer.size() < STREAM_CHUNK) {
                    done = true;
                    result.close();
                }
                core.loader.finish(ctx);
                return !buffer.isEmpty();
            }

            @Override
            @SuppressWarnings("unchecked")
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return (R) buffer.get(position++);
            }

            @Override
            public void close() {
                done = true;
                result.close();
            }
        };
    }

    /** An iterator over a query's results that holds a cursor until exhausted or closed. */
    public interface CloseableIterator<R> extends Iterator<R>, AutoCloseable {
        @Override
        void close();
    }

    /** {@code SELECT count(*) FROM (the query) AS anon_1}. */
    public long count() {
        core.checkUsable();
        core.autoflush();
        QuerySpec unordered = new QuerySpec(spec.items(), spec.joins(), spec.where(), List.of(), spec.groupBy(),
                spec.having(), spec.distinct(), spec.limit(), spec.offset(), spec.options());
        Select inner = new QueryExecutor(core, unordered).plan(false).select();
        Select count = Select.of(Expressions.count()).selectFrom(inner.subquery("anon_1"));
        Object n = core.connection().execute(count).scalar();
        return n == null ? 0L : ((Number) n).longValue();
    }

    /** Whether the query has at least one result. */
    public boolean exists() {
        core.checkUsable();
        core.autoflush();
        Select s = plan(false).select().limit(1);
        try (Result r = core.connection().execute(s)) {
            return r.fetchValues() != null;
        }
    }

    // ------------------------------------------------------------------ bulk update and delete

    /**
     * {@code UPDATE table SET ... WHERE <criteria>}, keeping the session's objects in step: the
     * matched objects get the new values (or are refreshed when a value is a SQL expression).
     *
     * @param values new values by attribute (or column) name
     * @return the number of rows updated
     */
    public int update(Map<String, ?> values) {
        EntityMapper<?> m = bulkTarget("update");
        Map<String, Object> byColumn = new LinkedHashMap<>();
        Map<Integer, Object> byIndex = new LinkedHashMap<>();
        boolean expressions = false;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Attribute<?, ?> a = m.attribute(e.getKey());
            if (a == null) {
                throw new InvalidRequestException("Can't update " + m.entityName() + "." + e.getKey() + ": there is no "
                        + "such attribute; valid attributes are " + attributeNames(m));
            }
            Object v = e.getValue();
            if (v instanceof ColumnElement) {
                expressions = true;
            } else {
                v = a.type().coerce(v, "attribute " + m.entityName() + "." + a.name());
            }
            byColumn.put(a.column().name(), v);
            byIndex.put(a.index(), v);
        }
        core.checkUsable();
        core.autoflush();
        List<EntityState> affected = matchingStates(m);
        long n = core.connection().execute(m.table().update().values(byColumn).where(criteria("update"))).rowCount();
        if (expressions) {
            core.loader.refresh(affected);
        } else {
            for (EntityState s : affected) {
                Object o = s.object();
                if (o == null) {
                    continue;
                }
                for (Map.Entry<Integer, Object> e : byIndex.entrySet()) {
                    if (!s.mapper.isImmutable()) {
                        s.mapper.set(o, e.getKey(), e.getValue());
                    }
                    if (s.snapshot != null) {
                        s.snapshot[e.getKey()] = e.getValue();
                    }
                }
            }
        }
        return (int) n;
    }

    /** {@code DELETE FROM table WHERE <criteria>}; the matched objects leave the session. */
    public int delete() {
        EntityMapper<?> m = bulkTarget("delete");
        core.checkUsable();
        core.autoflush();
        List<EntityState> affected = matchingStates(m);
        long n = core.connection().execute(m.table().delete().where(criteria("delete"))).rowCount();
        for (EntityState s : affected) {
            core.detach(s);
        }
        return (int) n;
    }

    private EntityMapper<?> bulkTarget(String what) {
        QueryItem.Entity e = spec.primaryEntity();
        if (!spec.isSingleEntity() || !spec.joins().isEmpty() || !(e.from() instanceof Table)) {
            throw new InvalidRequestException("A bulk " + what + " runs on a query of one mapped class without joins "
                    + "or aliases, e.g. session.query(User.class).filter(...)." + what + "(...)");
        }
        return e.mapper();
    }

    @SuppressWarnings("unchecked")
    private ColumnElement<Boolean>[] criteria(String what) {
        List<ColumnElement<Boolean>> conds = new ArrayList<>();
        for (ClauseElement w : spec.where()) {
            if (!(w instanceof ColumnElement)) {
                throw new InvalidRequestException("A bulk " + what + " takes expression criteria, not text()");
            }
            conds.add((ColumnElement<Boolean>) w);
        }
        return conds.toArray(new ColumnElement[0]);
    }

    /** The session's objects the criteria match (fetched by key before the bulk statement). */
    private List<EntityState> matchingStates(EntityMapper<?> m) {
        boolean any = false;
        for (EntityState s : core.identityMap.liveStates()) {
            if (s.mapper == m) {
                any = true;
                break;
            }
        }
        if (!any) {
            return List.of();
        }
        List<Column<?>> pk = Loader.columnsAt(m.table(), m.primaryKeyIndexes());
        Select s = Select.of(pk.toArray(new ClauseElement[0])).where(criteria("query"));
        List<EntityState> out = new ArrayList<>();
        try (Result r = core.connection().execute(s)) {
            Object[] row;
            int[] positions = new int[pk.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            while ((row = r.fetchValues()) != null) {
                EntityState st = core.identityMap.get(m, Loader.valuesAt(row, positions));
                if (st != null) {
                    out.add(st);
                }
            }
        }
        return out;
    }

    static List<String> attributeNames(EntityMapper<?> m) {
        List<String> names = new ArrayList<>();
        for (Attribute<?, ?> a : m.attributes()) {
            names.add(a.name());
        }
        return names;
    }
}
