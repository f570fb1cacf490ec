package dev.retort.orm.internal;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Result;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.LazyLoadException;
import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Operator;
import dev.retort.sql.Select;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns rows into objects through the identity map and sets up their relationships: lazy
 * collections (a {@link LazyList} or {@link LazySet} in the field, loading on first touch),
 * many-to-one references resolved from the identity map or with one SELECT ... IN per level, and
 * eager loads. See {@code docs/design/lazy-loading.md}.
 */
final class Loader {
    /** Rows per SELECT ... IN. */
    static final int IN_CHUNK = 500;

    private final SessionCore core;

    Loader(SessionCore core) {
        this.core = core;
    }

    /** The token a session's lazy collection carries: which object's which relationship. */
    record Slot(EntityState state, int relation) {}

    // ------------------------------------------------------------------ rows to objects

    /**
     * The object for the mapper's columns in {@code row} from {@code offset}: the identity map's
     * object for that key (overwritten when the context populates existing objects), or a new one.
     * {@code null} when the key columns are all NULL (an outer join found nothing).
     */
    @SuppressWarnings("unchecked")
    Object load(EntityMapper<?> mapper, Object[] row, int offset, LoadContext ctx) {
        EntityMapper<Object> m = (EntityMapper<Object>) mapper;
        MapperPlan<Object> plan = core.plan(m);
        Object id = plan.keyOf(row, offset);
        if (id == null) {
            loaded = null;
            return null;
        }
        EntityState s = core.identityMap.get(m, id);
        int n = plan.columns;
        if (s != null) {
            loaded = s;
            Object o = s.object();
            boolean expired = core.isExpired(s);
            if ((ctx.populateExisting || expired || s.snapshot == null) && s.status() == EntityState.Status.PERSISTENT) {
                Object[] snapshot = Arrays.copyOfRange(row, offset, offset + n);
                if (m.isImmutable()) {
                    o = m.newInstance(snapshot, 0);
                    s.replace(o);
                } else if (!ctx.populateExisting && s.snapshot != null) {
                    populateKeepingChanges(m, o, s.snapshot, snapshot);
                } else {
                    m.populate(o, snapshot, 0);
                }
                s.snapshot = snapshot;
                core.fresh(s);
                if (plan.hasRelations) {
                    ctx.toInit.add(s);
                }
            } else if (plan.hasRelations && s.status() == EntityState.Status.PERSISTENT) {
                ctx.complete(s);
            }
            return o;
        }
        Object o = m.newInstance(row, offset);
        // the row array itself becomes the snapshot when it holds only this object's columns (a
        // row of a query of one class; a joined row holds more, and is read into again)
        Object[] snapshot = offset == 0 && row.length == n ? row : Arrays.copyOfRange(row, offset, offset + n);
        s = core.register(m, o, id, snapshot);
        loaded = s;
        if (plan.hasRelations) {
            ctx.toInit.add(s);
        }
        return o;
    }

    /** The state of the object the last {@link #load} returned ({@code null} when it returned none). */
    EntityState loaded;

    /**
     * Reloads an expired object from its row, except the columns changed since it was loaded
     * (SQLAlchemy loads only expired attributes; a value set after the commit is not expired).
     */
    private static void populateKeepingChanges(EntityMapper<Object> m, Object o, Object[] old, Object[] row) {
        int[] changed = new int[old.length];
        int count = m.changedColumns(o, old, changed);
        Object[] kept = new Object[count];
        for (int i = 0; i < count; i++) {
            kept[i] = m.get(o, changed[i]);
        }
        m.populate(o, row, 0);
        for (int i = 0; i < count; i++) {
            m.set(o, changed[i], kept[i]);
        }
    }

    /** Runs a SELECT of one mapper's columns (first in each row) and loads every row. */
    List<Object> query(EntityMapper<?> mapper, Select select, LoadContext ctx) {
        List<Object> out = new ArrayList<>();
        try (Result r = core.connection().execute(select)) {
            Object[] row;
            while ((row = r.fetchValues()) != null) {
                Object o = load(mapper, row, 0, ctx);
                if (o != null) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ keys

    /** A primary key given by a caller, converted to the key's types (1 → 1L for a Long key). */
    Object normalizeId(EntityMapper<?> m, Object id) {
        int[] pk = m.primaryKeyIndexes();
        if (pk.length == 1) {
            Attribute<?, ?> a = m.attributes().get(pk[0]);
            if (id == null) {
                throw new ArgumentException("A primary key value is required for " + m.entityName());
            }
            return a.type().coerce(id, "the primary key of " + m.entityName());
        }
        List<?> parts = id instanceof List ? (List<?>) id : id instanceof Object[] ? Arrays.asList((Object[]) id) : null;
        if (parts == null || parts.size() != pk.length) {
            throw new ArgumentException(m.entityName() + " has a composite primary key of " + pk.length
                    + " columns; pass a List or Object[] of " + pk.length + " values, not " + id);
        }
        Object[] key = new Object[pk.length];
        for (int i = 0; i < pk.length; i++) {
            key[i] = m.attributes().get(pk[i]).type().coerce(parts.get(i), "the primary key of " + m.entityName());
        }
        return List.of(key);
    }

    /** Loads one object by primary key, with its relationships set up; {@code null} if there is no row. */
    Object loadByKey(EntityMapper<?> m, Object key) {
        MapperPlan<?> plan = core.plan(m);
        Object[] values = plan.primaryKey.length == 1 ? new Object[] {key} : ((List<?>) key).toArray();
        LoadContext ctx = new LoadContext();
        Object found = null;
        try (Result r = core.connection().executeCompiled(plan.selectByKey(), values)) {
            Object[] row = r.fetchValues();
            if (row != null) {
                found = load(m, row, 0, ctx);
            }
        }
        finish(ctx);
        return found;
    }

    /** {@code column IN (...)} for single-column keys, OR of ANDs for composite ones. */
    @SuppressWarnings("unchecked")
    static ColumnElement<Boolean> keyIn(List<Column<?>> columns, Collection<?> keys) {
        if (columns.size() == 1) {
            return ((Column<Object>) columns.get(0)).in((Collection<Object>) keys);
        }
        List<ColumnElement<Boolean>> ors = new ArrayList<>(keys.size());
        for (Object k : keys) {
            List<?> parts = (List<?>) k;
            List<ColumnElement<Boolean>> ands = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                ands.add(((Column<Object>) columns.get(i)).eq(parts.get(i)));
            }
            ors.add(BooleanClauseList.of(Operator.AND, ands));
        }
        return BooleanClauseList.of(Operator.OR, ors);
    }

    static List<Column<?>> columnsAt(Table t, int[] positions) {
        List<Column<?>> cols = new ArrayList<>(positions.length);
        for (int p : positions) {
            cols.add(t.columns().get(p));
        }
        return cols;
    }

    /** The values at {@code positions} of {@code values}: one value, or a list; {@code null} if any is null. */
    static Object valuesAt(Object[] values, int[] positions) {
        if (positions.length == 1) {
            return values[positions[0]];
        }
        Object[] k = new Object[positions.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = values[positions[i]];
            if (k[i] == null) {
                return null;
            }
        }
        return List.of(k);
    }

    // ------------------------------------------------------------------ relationships

    /** Sets up every pending relationship of the context, level by level, until nothing is left. */
    void finish(LoadContext ctx) {
        while (ctx.hasWork()) {
            Set<EntityState> toComplete = ctx.takeToComplete();
            Map<Relation<?, ?>, List<LoadContext.Pending>> references;
            Map<Relation<?, ?>, List<EntityState>> reverseReferences;
            if (toComplete != null) {
                for (EntityState s : toComplete) {
                    completeEager(s, ctx);
                }
            } else if (!ctx.toInit.isEmpty()) {
                List<EntityState> batch = new ArrayList<>(ctx.toInit);
                ctx.toInit.clear();
                for (EntityState s : batch) {
                    initRelations(s, ctx);
                }
            } else if ((references = ctx.takeReferences()) != null) {
                references.forEach((r, owners) -> resolveReferences(r, owners, ctx));
            } else if ((reverseReferences = ctx.takeReverseReferences()) != null) {
                reverseReferences.forEach((r, owners) -> {
                    Map<EntityState, LoadContext.Joined> found = fetch(r, owners, ctx);
                    for (EntityState owner : owners) {
                        LoadContext.Joined j = found.get(owner);
                        setReference(owner, r, j == null || j.items.isEmpty() ? null : j.items.get(0));
                    }
                });
            } else {
                ctx.takeSelectin().forEach((r, owners) -> {
                    Map<EntityState, LoadContext.Joined> found = fetch(r, owners, ctx);
                    for (EntityState owner : owners) {
                        LoadContext.Joined j = found.get(owner);
                        if (j == null) {
                            installLoaded(owner, r, List.of(), null);
                        } else {
                            installLoaded(owner, r, j.items, j.states);
                        }
                    }
                });
            }
        }
        // no release here: objects just loaded are held until the caller has had them (a
        // streaming query releases at its next batch, SessionCore.maybeRelease), so a change made
        // to one after this returns cannot be collected unwritten
    }

    /**
     * An object already in the session that a query reached: each collection the query loads
     * eagerly (joined or selectin) and that is still an unloaded lazy collection gets loaded, from
     * the joined rows or with the other owners' SELECT ... IN. Loaded collections are left as they
     * are (overwriting them is populate_existing's job), and so are collections the application
     * replaced.
     */
    private void completeEager(EntityState s, LoadContext ctx) {
        Object o = s.object();
        if (o == null || s.mapper.isImmutable()) {
            return; // a record's collections are loaded with it
        }
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (!r.hasField() || !r.isCollection()) {
                continue;
            }
            LoadStrategy strategy = ctx.strategy(r);
            if (strategy != LoadStrategy.SELECTIN && strategy != LoadStrategy.JOINED) {
                continue;
            }
            if (!Relations.isUntouchedLazy(s, r, s.mapper.getRelated(o, r.index()))) {
                continue;
            }
            LoadContext.Joined joined = ctx.joined(s, r.index());
            if (joined != null) {
                installLoaded(s, r, joined.items, joined.states);
            } else {
                ctx.selectin().computeIfAbsent(r, k -> new ArrayList<>()).add(s); // once: toComplete is a set
            }
        }
    }

    private void initRelations(EntityState s, LoadContext ctx) {
        Object o = s.object();
        if (o == null) {
            return;
        }
        MapperPlan<Object> plan = core.plan(s.mapper);
        for (Relation<Object, ?> r : s.mapper.relations()) {
            int idx = r.index();
            if (!r.hasField()) {
                s.relationSnapshot[idx] = EntityState.UNKNOWN;
                continue;
            }
            LoadContext.Joined joined = ctx.joined(s, idx);
            LoadStrategy strategy = ctx.strategy(r);
            if (r.isCollection()) {
                if (joined != null) {
                    installLoaded(s, r, joined.items, joined.states);
                } else if (strategy == LoadStrategy.SELECTIN || strategy == LoadStrategy.JOINED
                        || s.mapper.isImmutable()) {
                    // a record's collection is the list its constructor got: it cannot be swapped
                    // for a lazy one, so it is loaded with its owner (see installLoaded)
                    ctx.selectin().computeIfAbsent(r, k -> new ArrayList<>()).add(s);
                } else {
                    installLazy(s, r, strategy == LoadStrategy.RAISE);
                }
            } else if (joined != null) {
                setReference(s, r, joined.items.isEmpty() ? null : joined.items.get(0));
            } else if (strategy == LoadStrategy.RAISE) {
                s.relationSnapshot[idx] = EntityState.UNKNOWN;
            } else if (r.kind() == Relation.Kind.MANY_TO_ONE) {
                Object fk = valuesAt(s.snapshot, plan.localIndexes[idx]);
                EntityMapper<?> tm = r.targetMapper();
                if (fk == null) {
                    setReference(s, r, null);
                } else if (plan.joinsTargetKey[idx]) {
                    EntityState target = core.identityMap.get(tm, fk);
                    if (target != null) {
                        setReference(s, r, target.object());
                    } else {
                        ctx.references().computeIfAbsent(r, k -> new ArrayList<>()).add(new LoadContext.Pending(s, fk));
                    }
                } else {
                    ctx.reverseReferences().computeIfAbsent(r, k -> new ArrayList<>()).add(s);
                }
            } else {
                ctx.reverseReferences().computeIfAbsent(r, k -> new ArrayList<>()).add(s);
            }
        }
    }

    private void resolveReferences(Relation<?, ?> r, List<LoadContext.Pending> owners, LoadContext ctx) {
        EntityMapper<?> tm = r.targetMapper();
        Set<Object> missing = new LinkedHashSet<>();
        for (LoadContext.Pending p : owners) {
            if (core.identityMap.get(tm, p.targetKey()) == null) {
                missing.add(p.targetKey());
            }
        }
        MapperPlan<?> targetPlan = core.plan(tm);
        List<Object> keys = new ArrayList<>(missing);
        Dialect dialect = core.dialect();
        int chunkSize = dialect.maxInListSize();
        for (int i = 0; i < keys.size(); i += chunkSize) {
            List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + chunkSize));
            int padded = dialect.inListPadding(chunk.size());
            Object[] values = InLoads.values(chunk, targetPlan.primaryKey.length, padded);
            try (Result res = core.connection().executeCompiled(targetPlan.inLoad(-1, padded), values)) {
                Object[] row;
                while ((row = res.fetchValues()) != null) {
                    load(tm, row, 0, ctx);
                }
            }
        }
        for (LoadContext.Pending p : owners) {
            EntityState target = core.identityMap.get(tm, p.targetKey());
            setReference(p.owner(), r, target == null ? null : target.object());
        }
    }

    /**
     * Loads the related objects of {@code r} for several owners with SELECT ... IN, in the
     * relationship's order; returns them per owner.
     */
    private Map<EntityState, LoadContext.Joined> fetch(Relation<?, ?> r, List<EntityState> owners, LoadContext ctx) {
        EntityMapper<?> tm = r.targetMapper();
        MapperPlan<?> ownerPlan = core.plan(owners.get(0).mapper);
        int[] local = ownerPlan.localIndexes[r.index()];
        Map<Object, List<EntityState>> byKey = new LinkedHashMap<>();
        for (EntityState owner : owners) {
            if (owner.snapshot == null || owner.object() == null) {
                continue;
            }
            Object k = valuesAt(owner.snapshot, local);
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(owner);
            }
        }
        Map<EntityState, LoadContext.Joined> result = new IdentityHashMap<>();
        EntityState lastOwner = null; // the rows of one owner usually come together: one map lookup per owner
        LoadContext.Joined last = null;
        List<Object> keys = new ArrayList<>(byKey.keySet());
        boolean m2m = r.kind() == Relation.Kind.MANY_TO_MANY;
        List<Column<?>> remote = m2m ? r.secondaryLocalColumns() : r.remoteColumns();
        int ncols = tm.table().columns().size();
        int[] remotePositions = m2m ? range(ncols, remote.size()) : positionsIn(tm.table(), remote);
        Dialect dialect = core.dialect();
        int chunkSize = dialect.maxInListSize();
        for (int i = 0; i < keys.size(); i += chunkSize) {
            List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + chunkSize));
            int padded = dialect.inListPadding(chunk.size());
            Object[] values = InLoads.values(chunk, remote.size(), padded);
            try (Result res = core.connection().executeCompiled(ownerPlan.inLoad(r.index(), padded), values)) {
                Object[] row;
                while ((row = res.fetchValues()) != null) {
                    Object child = load(tm, row, 0, ctx);
                    EntityState childState = loaded;
                    Object k = valuesAt(row, remotePositions);
                    List<EntityState> forKey = k == null ? null : byKey.get(k);
                    if (child != null && forKey != null) {
                        for (int o = 0, n = forKey.size(); o < n; o++) {
                            EntityState owner = forKey.get(o);
                            if (owner != lastOwner) {
                                last = result.computeIfAbsent(owner, x -> new LoadContext.Joined());
                                lastOwner = owner;
                            }
                            last.append(child, childState);
                        }
                    }
                }
            }
        }
        return result;
    }

    private static int[] range(int from, int count) {
        int[] p = new int[count];
        for (int i = 0; i < count; i++) {
            p[i] = from + i;
        }
        return p;
    }

    private static int[] positionsIn(Table t, List<Column<?>> cols) {
        int[] p = new int[cols.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = t.columns().indexOf(cols.get(i));
        }
        return p;
    }

    /** The ORDER BY of a relationship's collection. */
    static ColumnElement<?>[] orderBy(Relation<?, ?> r, EntityMapper<?> target) {
        List<ColumnElement<?>> order = new ArrayList<>();
        for (Relation.Ordering o : r.orderBy()) {
            Attribute<?, ?> a = target.attribute(o.attribute());
            if (a != null) {
                order.add(o.descending() ? a.column().desc() : a.column());
            }
        }
        return order.toArray(new ColumnElement<?>[0]);
    }

    /** Loads one owner's collection: the lazy load behind {@link LazyList}. */
    List<Object> loadCollection(EntityState owner, Relation<?, ?> r) {
        if (core.isClosed() || owner.status() == EntityState.Status.DETACHED) {
            throw core.detachedLoad(owner, r);
        }
        core.checkUsable();
        core.autoflushTracked(); // (the changes a lazy load can see in O(1); see docs/design/change-detection.md)
        LoadContext ctx = new LoadContext();
        LoadContext.Joined j = fetch(r, List.of(owner), ctx).get(owner);
        List<Object> items = j == null ? new ArrayList<>() : j.items;
        owner.relationSnapshot[r.index()] = j == null ? new ArrayList<>() : statesOf(items, j.states);
        finish(ctx);
        return items;
    }

    /**
     * After a detached object joins a session again: its still-unloaded lazy collections load
     * through this session from now on.
     */
    void rebindLazyCollections(EntityState s) {
        Object o = s.object();
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (r.hasField() && r.isCollection() && !s.mapper.isImmutable()
                    && Relations.isUntouchedLazy(s, r, s.mapper.getRelated(o, r.index()))) {
                installLazy(s, r, false);
            }
        }
    }

    private void installLazy(EntityState s, Relation<Object, ?> r, boolean raise) {
        Slot slot = new Slot(s, r.index());
        CollectionLoader loader = raise ? () -> {
            throw new LazyLoadException("Relationship " + r + " of " + SessionCore.describe(s.mapper, s.object())
                    + " is lazy = RAISE and was not loaded; load it in the query with joinedLoad(" + r + ") or "
                    + "selectinLoad(" + r + ")");
        } : () -> {
            if (!core.isClosed() && s.status() != EntityState.Status.DETACHED) {
                core.lazyLoadGuard.check(s, r);
            }
            return loadCollection(s, r);
        };
        Object coll = r.collectionType() == Relation.CollectionType.SET ? new LazySet<>(slot, core.collectionChanges, loader)
                : new LazyList<>(slot, core.collectionChanges, loader);
        s.mapper.setRelated(s.object(), r.index(), coll);
        s.relationSnapshot[r.index()] = EntityState.UNKNOWN;
    }

    /**
     * Installs a loaded collection and its snapshot; {@code states}, when given, are the items'
     * states as the loader returned them (a joined load), else each item is looked up.
     */
    @SuppressWarnings("unchecked")
    private void installLoaded(EntityState s, Relation<?, ?> r, List<Object> items, List<EntityState> states) {
        Object o = s.object();
        if (o == null) {
            return;
        }
        if (s.mapper.isImmutable()) {
            // a record keeps the collection its constructor was given; fill it in place
            Collection<Object> own = (Collection<Object>) s.mapper.getRelated(o, r.index());
            own.clear();
            own.addAll(items);
            s.relationSnapshot[r.index()] = states != null ? statesOf(items, states) : statesOf(items);
            return;
        }
        Slot slot = new Slot(s, r.index());
        Object coll = r.collectionType() == Relation.CollectionType.SET ? new LazySet<>(slot, core.collectionChanges, items)
                : new LazyList<>(slot, core.collectionChanges, items);
        s.mapper.setRelated(o, r.index(), coll);
        s.relationSnapshot[r.index()] = states != null ? statesOf(items, states) : statesOf(items);
    }

    private void setReference(EntityState s, Relation<?, ?> r, Object target) {
        Object o = s.object();
        if (o == null) {
            return;
        }
        s.mapper.setRelated(o, r.index(), target);
        EntityState ts = target == null ? null : core.stateOf(target);
        s.relationSnapshot[r.index()] = ts == null ? EntityState.NONE : ts;
    }

    /** The states of loaded objects, for a relationship snapshot. */
    List<EntityState> statesOf(Collection<?> items) {
        List<EntityState> states = new ArrayList<>(items.size());
        for (Object i : items) {
            EntityState st = i == null ? null : core.knownStateOf(i);
            if (st != null) {
                states.add(st);
            }
        }
        return states;
    }

    /**
     * The states of loaded objects, for a relationship snapshot, given the state the loader
     * returned for each: used as they are when each is still its item's (it is, unless the item
     * was replaced since), else looked up.
     */
    private List<EntityState> statesOf(List<Object> items, List<EntityState> loaded) {
        for (int i = 0, n = items.size(); i < n; i++) {
            EntityState st = loaded.get(i);
            if (st == null || st.object() != items.get(i)) {
                return statesOf(items);
            }
        }
        return loaded; // the load context that made it is done with it
    }

    /** The items of a relationship field without loading anything: a loaded collection's items, the object, or none. */
    static Collection<?> loadedItems(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof LazyCollection) {
            Collection<?> c = ((LazyCollection) value).loadedItems();
            return c == null ? List.of() : c;
        }
        if (value instanceof Collection) {
            return (Collection<?>) value;
        }
        return List.of(value);
    }

    /** Marks every relationship of a re-attached object as not known. */
    static void markRelationsUnknown(EntityState s) {
        Arrays.fill(s.relationSnapshot, EntityState.UNKNOWN);
    }

    // ------------------------------------------------------------------ refresh

    /**
     * Reloads the states' columns from the database and sets their relationships up afresh (lazy
     * collections unloaded again, references resolved again); returns the states whose rows no
     * longer exist, which leave the session.
     */
    List<EntityState> refresh(List<EntityState> states) {
        Map<EntityMapper<?>, List<EntityState>> byMapper = new LinkedHashMap<>();
        for (EntityState s : states) {
            byMapper.computeIfAbsent(s.mapper, k -> new ArrayList<>()).add(s);
        }
        LoadContext ctx = new LoadContext(true, Map.of());
        Set<EntityState> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<EntityMapper<?>, List<EntityState>> e : byMapper.entrySet()) {
            EntityMapper<?> m = e.getKey();
            List<Column<?>> pk = columnsAt(m.table(), m.primaryKeyIndexes());
            Map<Object, EntityState> byKey = new HashMap<>();
            for (EntityState s : e.getValue()) {
                byKey.put(s.id, s);
            }
            List<Object> keys = new ArrayList<>(byKey.keySet());
            for (int i = 0; i < keys.size(); i += IN_CHUNK) {
                List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + IN_CHUNK));
                for (Object o : query(m, Select.of(m.table()).where(keyIn(pk, chunk)), ctx)) {
                    EntityState s = core.stateOf(o);
                    if (s != null) {
                        found.add(s);
                    }
                }
            }
        }
        finish(ctx);
        List<EntityState> gone = new ArrayList<>();
        for (EntityState s : states) {
            if (!found.contains(s)) {
                core.detach(s);
                gone.add(s);
            }
        }
        return gone;
    }
}
