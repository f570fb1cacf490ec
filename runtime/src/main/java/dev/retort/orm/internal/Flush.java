package dev.retort.orm.internal;

import dev.retort.engine.Connection;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.StaleDataException;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush: the unit of work. It finds what changed (pending objects and their cascades, changed
 * columns, changed relationships, deletions and their cascades), orders it by foreign-key
 * dependency — INSERTs parents first, level by level (rows of one class at one level form one
 * JDBC batch), then UPDATEs of changed columns only, association rows, and DELETEs children first
 * — and runs it with statements compiled once per class. Values the flush writes into objects
 * (generated keys, foreign keys, version counters) are undone by {@link #restore()} if any
 * statement fails; the session's bookkeeping changes only in {@link #complete()}.
 */
final class Flush {
    private final SessionCore core;
    private final List<EntityState> inserts = new ArrayList<>();
    private final List<EntityState> persistents = new ArrayList<>();
    private final List<EntityState> deletes = new ArrayList<>();
    private final Map<EntityState, List<FkTask>> fkTasks = new IdentityHashMap<>();
    private final Map<EntityState, List<EntityState>> dependsOn = new IdentityHashMap<>();
    private final Map<AssocKey, AssocRow> assocInserts = new LinkedHashMap<>();
    private final Map<AssocKey, AssocRow> assocDeletes = new LinkedHashMap<>();
    private final List<BackSync> backSyncs = new ArrayList<>();
    /** Children removed from a delete-orphan relationship: deleted unless another parent took them. */
    private final List<EntityState> orphanCandidates = new ArrayList<>();
    /** Children given a parent by this flush (added to a collection, or a reference set). */
    private final Set<EntityState> adopted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** One-to-one references taken over by another object: (previous holder, relation), cleared after the flush. */
    private final List<BackSync> stolen = new ArrayList<>();
    /** States that joined (or, un-deleted, rejoined) the persistent ones during discovery. */
    private final List<EntityState> revived = new ArrayList<>();
    private final Map<EntityState, Object[]> before = new IdentityHashMap<>();
    private final Map<EntityState, Object[]> newSnapshots = new IdentityHashMap<>();
    private final List<EntityState> inserted = new ArrayList<>();
    /** Records replaced by their keyed copies in this flush: state to the user's original. */
    private final Map<EntityState, Object> originals = new IdentityHashMap<>();
    private final List<EntityState> updated = new ArrayList<>();
    private Connection connection;
    private final BothSides bothSides;

    /** Copies a relationship's key columns from a source row into a dependent row (or clears them). */
    private record FkTask(EntityState source, int[] sourceColumns, int[] targetColumns, boolean clear) {}

    /** An association row, identified by which state fills which of its columns. */
    private record AssocKey(Table table, List<Column<?>> columns, List<EntityState> states) {}

    /** How to compute an association row's values once every key is known. */
    record AssocRow(Relation<?, ?> relation, EntityState owner, EntityState target) {}

    /** After success: the mirror side of a changed relationship is updated to agree. */
    record BackSync(EntityState owner, Relation<?, ?> relation, EntityState target, boolean add) {}

    Flush(SessionCore core) {
        this.core = core;
        this.bothSides = new BothSides(core);
    }

    Connection connection() {
        if (connection == null) {
            connection = core.connection();
        }
        return connection;
    }

    // ------------------------------------------------------------------ discovery

    /** Finds the work; returns false when there is certainly none. */
    boolean prepare() {
        List<EntityState> queue = new ArrayList<>(core.pendingOrder);
        for (EntityState s : core.identityMap.liveStates()) {
            if (s.status == EntityState.Status.PERSISTENT) {
                queue.add(s);
            }
        }
        if (queue.isEmpty() && core.deletedOrder.isEmpty()) {
            return false;
        }
        cascadeSaves(queue);
        for (EntityState s : queue) {
            if (s.status != EntityState.Status.DELETED && s.object() != null) {
                diffRelations(s);
            }
        }
        for (EntityState d : new ArrayList<>(core.deletedOrder)) {
            removedFromDeleted(d);
        }
        deleteOrphans();
        cascadeDeletes();
        for (EntityState s : core.pendingOrder) {
            if (s.object() != null) {
                inserts.add(s);
            }
        }
        for (BackSync b : stolen) {
            persistents.add(b.owner()); // the previous holder lets go first: a unique key is never held twice
        }
        for (EntityState s : queue) {
            if (s.status == EntityState.Status.PERSISTENT && s.object() != null && !stolenFrom(s)) {
                persistents.add(s);
            }
        }
        for (EntityState s : revived) {
            if (s.status == EntityState.Status.PERSISTENT && s.object() != null && !persistents.contains(s)) {
                persistents.add(s);
            }
        }
        for (EntityState s : core.deletedOrder) {
            if (s.object() != null) {
                deletes.add(s);
            }
        }
        return true;
    }

    /** save-update cascade: transient objects reachable through loaded relationships become pending. */
    private void cascadeSaves(List<EntityState> queue) {
        for (int i = 0; i < queue.size(); i++) {
            EntityState s = queue.get(i);
            Object o = s.object();
            if (o == null || s.status == EntityState.Status.DELETED) {
                continue;
            }
            for (Relation<Object, ?> r : s.mapper.relations()) {
                if (!r.hasField() || !r.cascades(CascadeOption.SAVE_UPDATE)) {
                    continue;
                }
                for (Object related : Relations.current(s.mapper.getRelated(o, r.index()))) {
                    if (related == null) {
                        throw nullInCollection(r);
                    }
                    if (core.stateOf(related) == null) {
                        queue.add(core.addState(core.mapperOf(related), related));
                    }
                    // a related object deleted earlier in the transaction stays deleted: no cascade brings it back
                }
            }
        }
    }

    private boolean stolenFrom(EntityState s) {
        for (BackSync b : stolen) {
            if (b.owner() == s) {
                return true;
            }
        }
        return false;
    }

    private static InvalidRequestException nullInCollection(Relation<?, ?> r) {
        return new InvalidRequestException("Can't flush null value found in collection " + r + ": remove the null, "
                + "a relationship collection holds mapped objects only");
    }

    /**
     * Children taken out of a deleted parent's collection before the flush: deleted as orphans,
     * or their foreign key set to NULL, like every other removal (the delete cascade below only
     * sees what the collection still holds).
     */
    private void removedFromDeleted(EntityState d) {
        Object o = d.object();
        if (o == null) {
            return;
        }
        MapperPlan<Object> plan = core.plan(d.mapper);
        for (Relation<Object, ?> r : d.mapper.relations()) {
            if (!r.hasField() || r.kind() == Relation.Kind.MANY_TO_ONE || r.kind() == Relation.Kind.MANY_TO_MANY) {
                continue;
            }
            Object value = d.mapper.getRelated(o, r.index());
            List<EntityState> old = Relations.snapshotStates(d.relationSnapshot[r.index()]);
            if (old == null || Relations.isUntouchedLazy(d, r, value)) {
                continue;
            }
            List<EntityState> now = new ArrayList<>();
            for (Object item : Relations.current(value)) {
                EntityState st = item == null ? null : core.knownStateOf(item);
                if (st != null) {
                    now.add(st);
                }
            }
            for (EntityState c : old) {
                if (!Relations.containsIdentity(now, c) && c.status == EntityState.Status.PERSISTENT) {
                    removed(d, r, c, plan);
                }
            }
        }
    }

    /** delete-orphan: a removed child no other parent took is deleted (a pending one leaves the session). */
    private void deleteOrphans() {
        for (EntityState c : orphanCandidates) {
            if (adopted.contains(c)) {
                continue; // moved to another parent: re-parented, not deleted
            }
            if (c.status == EntityState.Status.PERSISTENT) {
                core.markDeleted(c);
            } else if (c.status == EntityState.Status.PENDING) {
                core.detach(c);
                inserts.remove(c);
            }
        }
    }

    /** delete cascade, delete-orphan, and NULLing the foreign keys of children left behind. */
    private void cascadeDeletes() {
        for (int i = 0; i < core.deletedOrder.size(); i++) {
            EntityState d = core.deletedOrder.get(i);
            Object o = d.object();
            if (o == null) {
                continue;
            }
            for (Relation<Object, ?> r : d.mapper.relations()) {
                if (!r.hasField()) {
                    continue;
                }
                boolean cascade = r.cascades(CascadeOption.DELETE);
                boolean childSide = r.kind() == Relation.Kind.ONE_TO_MANY || r.kind() == Relation.Kind.ONE_TO_ONE;
                if (!cascade && !childSide) {
                    continue;
                }
                Object value = d.mapper.getRelated(o, r.index());
                Collection<?> items = value instanceof Collection ? new ArrayList<>((Collection<?>) value)
                        : value == null ? List.of() : List.of(value);
                for (Object item : items) {
                    EntityState is = item == null ? null : core.stateOf(item);
                    if (is == null || adopted.contains(is)) {
                        continue; // (a child another parent took is not deleted with this one)
                    }
                    if (cascade) {
                        if (is.status == EntityState.Status.PENDING) {
                            core.detach(is);
                        } else if (is.status == EntityState.Status.PERSISTENT) {
                            core.markDeleted(is);
                        }
                    } else if (is.status == EntityState.Status.PERSISTENT) {
                        MapperPlan<Object> plan = core.plan(d.mapper);
                        addTask(is, new FkTask(d, plan.localIndexes[r.index()], plan.remoteIndexes[r.index()], true));
                    }
                }
            }
        }
    }

    private void diffRelations(EntityState s) {
        Object o = s.object();
        MapperPlan<Object> plan = core.plan(s.mapper);
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (!r.hasField()) {
                continue;
            }
            int idx = r.index();
            Object value = s.mapper.getRelated(o, idx);
            Object snapshot = s.relationSnapshot[idx];
            if (r.kind() == Relation.Kind.MANY_TO_ONE) {
                EntityState old = snapshot instanceof EntityState ? (EntityState) snapshot : null;
                if (value == null) {
                    if (old != null) {
                        addTask(s, new FkTask(old, plan.remoteIndexes[idx], plan.localIndexes[idx], true));
                        backSyncs.add(new BackSync(s, r, old, false));
                        if (r.cascades(CascadeOption.DELETE_ORPHAN)) {
                            orphanCandidates.add(attach(old));
                        }
                    }
                    continue;
                }
                if (old != null && core.knownStateOf(value) == old && s.status != EntityState.Status.PENDING) {
                    continue; // unchanged (the target may be detached: it is not written)
                }
                EntityState target = requireState(s, r, value);
                adopted.add(s);      // a child with a parent (one-to-many delete-orphan)
                adopted.add(target); // a target with a referrer (many-to-one delete-orphan)
                undelete(target);
                if (target != old || s.status == EntityState.Status.PENDING) {
                    addTask(s, new FkTask(target, plan.remoteIndexes[idx], plan.localIndexes[idx], false));
                    depend(s, target);
                    if (old != null && old != target) {
                        backSyncs.add(new BackSync(s, r, old, false));
                        if (r.cascades(CascadeOption.DELETE_ORPHAN)) {
                            orphanCandidates.add(attach(old));
                        }
                    }
                    backSyncs.add(new BackSync(s, r, target, true));
                    stealOneToOne(s, r, target, plan);
                }
                continue;
            }
            if (Relations.isUntouchedLazy(s, r, value)) {
                continue;
            }
            List<EntityState> old = Relations.snapshotStates(snapshot);
            if (old == null) {
                old = s.status == EntityState.Status.PENDING ? List.of() : core.loader.statesOf(currentInDatabase(s, r));
            }
            List<EntityState> now = new ArrayList<>();
            for (Object item : Relations.current(value)) {
                if (item == null) {
                    throw nullInCollection(r);
                }
                EntityState known = core.knownStateOf(item);
                // an unchanged member may be detached (it is not written); a new one must be in the session
                now.add(known != null && Relations.containsIdentity(old, known) ? known : requireState(s, r, item));
            }
            for (EntityState c : now) {
                if (!Relations.containsIdentity(old, c)) {
                    added(s, r, c, plan);
                }
            }
            for (EntityState c : old) {
                if (!Relations.containsIdentity(now, c)) {
                    removed(s, r, c, plan);
                }
            }
        }
    }

    private void added(EntityState s, Relation<Object, ?> r, EntityState c, MapperPlan<Object> plan) {
        int idx = r.index();
        adopted.add(c);
        undelete(c);
        if (r.kind() == Relation.Kind.MANY_TO_MANY) {
            assoc(s, r, c, true);
        } else {
            addTask(c, new FkTask(s, plan.localIndexes[idx], plan.remoteIndexes[idx], false));
            depend(c, s);
        }
        backSyncs.add(new BackSync(s, r, c, true));
    }

    private void removed(EntityState s, Relation<Object, ?> r, EntityState c, MapperPlan<Object> plan) {
        int idx = r.index();
        c = attach(c);
        if (r.kind() == Relation.Kind.MANY_TO_MANY) {
            assoc(s, r, c, false);
            if (r.cascades(CascadeOption.DELETE_ORPHAN)) {
                orphanCandidates.add(c);
            }
        } else if (c.status == EntityState.Status.PERSISTENT || c.status == EntityState.Status.PENDING) {
            if (r.cascades(CascadeOption.DELETE_ORPHAN)) {
                orphanCandidates.add(c);
            }
            if (c.status == EntityState.Status.PERSISTENT) {
                // NULLed unless it is deleted as an orphan or another parent's key overwrites it
                addTask(c, new FkTask(s, plan.localIndexes[idx], plan.remoteIndexes[idx], true));
            }
        }
        backSyncs.add(new BackSync(s, r, c, false));
    }

    /**
     * A detached object the flush must write (an orphan, or a child whose key is cleared) joins
     * the session, as SQLAlchemy's save-update cascade brings removed items along.
     */
    private EntityState attach(EntityState c) {
        Object o = c.object();
        if (c.status == EntityState.Status.DETACHED && o != null && core.stateOf(o) == null) {
            EntityState attached = core.addState(c.mapper, o);
            revived.add(attached);
            return attached;
        }
        return c;
    }

    /** An object marked for deletion and then given to a parent is saved instead, as in SQLAlchemy. */
    private void undelete(EntityState c) {
        Object o = c.object();
        if (c.status == EntityState.Status.DELETED && o != null && core.deleted.containsKey(o)) {
            core.addState(c.mapper, o);
            revived.add(c);
        }
    }

    /**
     * A one-to-one reference moved to {@code s}: the object that held {@code target} before (its
     * reverse field, when it still points back) lets go of it, so the key is not held twice.
     */
    private void stealOneToOne(EntityState s, Relation<Object, ?> r, EntityState target, MapperPlan<Object> plan) {
        Relation<?, ?> reverse = r.reverse();
        Object t = target.object();
        if (reverse == null || !reverse.hasField() || reverse.isCollection() || t == null) {
            return;
        }
        Object previous = target.mapper.getRelated(t, reverse.index());
        if (previous == null || previous == s.object()) {
            return;
        }
        EntityState ps = core.stateOf(previous);
        if (ps == null || ps.status != EntityState.Status.PERSISTENT || ps.mapper != s.mapper
                || s.mapper.getRelated(previous, r.index()) != t) {
            return;
        }
        addTask(ps, new FkTask(target, plan.remoteIndexes[r.index()], plan.localIndexes[r.index()], true));
        stolen.add(new BackSync(ps, r, target, false));
    }

    private List<Object> currentInDatabase(EntityState s, Relation<?, ?> r) {
        return core.loader.loadCollection(s, r);
    }

    private EntityState requireState(EntityState owner, Relation<?, ?> r, Object item) {
        EntityState st = core.stateOf(item);
        if (st == null || st.status == EntityState.Status.DETACHED) {
            throw new InvalidRequestException("Object " + SessionCore.describe(core.mapperOf(item), item)
                    + " is referenced by " + r + " of " + SessionCore.describe(owner.mapper, owner.object())
                    + " but is not in the session; add it with session.add(...), or keep the save-update cascade on "
                    + r);
        }
        return st;
    }

    private void addTask(EntityState dependent, FkTask task) {
        List<FkTask> tasks = fkTasks.computeIfAbsent(dependent, k -> new ArrayList<>(2));
        if (task.clear()) {
            tasks.add(0, task);
        } else {
            tasks.add(task);
        }
    }

    private void depend(EntityState dependent, EntityState on) {
        if (on.status == EntityState.Status.PENDING && dependent != on) {
            dependsOn.computeIfAbsent(dependent, k -> new ArrayList<>(2)).add(on);
        }
    }

    private void assoc(EntityState owner, Relation<?, ?> r, EntityState target, boolean insert) {
        Table t = r.secondary();
        Map<Column<?>, EntityState> fill = new java.util.TreeMap<>((a, b) ->
                Integer.compare(t.columns().indexOf(a), t.columns().indexOf(b)));
        for (Column<?> c : r.secondaryLocalColumns()) {
            fill.put(c, owner);
        }
        for (Column<?> c : r.secondaryRemoteColumns()) {
            fill.put(c, target);
        }
        AssocKey key = new AssocKey(t, List.copyOf(fill.keySet()), List.copyOf(fill.values()));
        Map<AssocKey, AssocRow> other = insert ? assocDeletes : assocInserts;
        if (other.remove(key) == null) {
            (insert ? assocInserts : assocDeletes).putIfAbsent(key, new AssocRow(r, owner, target));
        }
    }

    // ------------------------------------------------------------------ execution

    void execute() {
        for (EntityState s : inserts) {
            saveBefore(s);
        }
        for (EntityState s : fkTasks.keySet()) {
            saveBefore(s);
        }
        for (EntityState s : persistents) {
            if (s.mapper.versionIndex() >= 0) {
                saveBefore(s);
            }
        }
        for (List<EntityState> group : InsertOrder.groups(inserts, dependsOn)) {
            insert(group);
        }
        for (EntityState s : persistents) {
            applyTasks(s);
        }
        updateAll();
        FlushStatements statements = new FlushStatements(core, this, deletes, dependsOn, newSnapshots);
        statements.associations(assocInserts.values(), true);
        statements.associations(assocDeletes.values(), false);
        statements.deleteAll();
    }

    private void saveBefore(EntityState s) {
        Object o = s.object();
        if (o != null && !before.containsKey(s) && !s.mapper.isImmutable()) {
            Object[] v = new Object[s.mapper.attributes().size()];
            s.mapper.readValues(o, v, 0);
            before.put(s, v);
        }
    }

    /** Puts the values the flush wrote into objects back, after a failure. */
    void restore() {
        for (Map.Entry<EntityState, Object> e : originals.entrySet()) {
            e.getKey().replace(e.getValue(), core.identityMap.queue());
        }
        for (Map.Entry<EntityState, Object[]> e : before.entrySet()) {
            Object o = e.getKey().object();
            if (o != null) {
                e.getKey().mapper.populate(o, e.getValue(), 0);
            }
        }
    }

    private void applyTasks(EntityState s) {
        List<FkTask> tasks = fkTasks.get(s);
        if (tasks == null) {
            return;
        }
        Object o = s.object();
        if (s.mapper.isImmutable()) {
            throw new InvalidRequestException("Can't set the foreign key of " + SessionCore.describe(s.mapper, o)
                    + ": it is a record; give its foreign key column a value yourself");
        }
        for (FkTask t : tasks) {
            Object src = t.source().object();
            for (int i = 0; i < t.targetColumns().length; i++) {
                Object v = t.clear() || src == null ? null : t.source().mapper.get(src, t.sourceColumns()[i]);
                s.mapper.set(o, t.targetColumns()[i], v);
            }
        }
    }

    /**
     * INSERTs one group (one class, one dependency level). Sequence keys are assigned first
     * ({@link SequenceKeys}). Rows are batched by the columns they
     * leave out: the key when the database generates it (also a primitive key still 0), and
     * columns with a server DEFAULT whose field is null — those values are read back afterwards,
     * as SQLAlchemy's eager defaults.
     */
    private void insert(List<EntityState> group) {
        EntityMapper<Object> m = group.get(0).mapper;
        MapperPlan<Object> plan = core.plan(m);
        int n = plan.columns;
        int auto = plan.autoincrement;
        Map<List<Integer>, List<EntityState>> byOmitted = new LinkedHashMap<>();
        for (EntityState s : group) {
            Object o = s.object();
            applyTasks(s);
            m.applyDefaults(o);
            if (plan.version >= 0 && isZero(m.get(o, plan.version))) {
                m.set(o, plan.version, versionValue(m, plan.version, 1));
            }
            Object[] v = new Object[n];
            m.readValues(o, v, 0);
            newSnapshots.put(s, v);
            if (plan.sequence != null && (v[auto] == null || m.primaryKey(o) == null)) {
                SequenceKeys.assign(connection(), plan, s, v);
                if (m.isImmutable()) {
                    keyedCopy(s, v);
                }
            }
            List<Integer> omitted = new ArrayList<>(1);
            if (auto >= 0 && plan.sequence == null && (v[auto] == null || m.primaryKey(o) == null)) {
                omitted.add(auto);
            }
            for (int d : plan.serverDefaults) {
                if (v[d] == null) {
                    omitted.add(d);
                }
            }
            omitted.sort(null);
            byOmitted.computeIfAbsent(omitted, k -> new ArrayList<>()).add(s);
            inserted.add(s);
        }
        for (Map.Entry<List<Integer>, List<EntityState>> e : byOmitted.entrySet()) {
            List<Integer> omitted = e.getKey();
            List<EntityState> states = e.getValue();
            List<Object[]> rows = new ArrayList<>(states.size());
            for (EntityState s : states) {
                Object[] v = newSnapshots.get(s);
                Object[] r = new Object[n - omitted.size()];
                for (int i = 0, k = 0; i < n; i++) {
                    if (!omitted.contains(i)) {
                        r[k++] = v[i];
                    }
                }
                rows.add(r);
            }
            boolean generate = auto >= 0 && omitted.contains(auto);
            Object[] keys = generate ? new Object[rows.size()] : null;
            connection().executeBatch(plan.insert(omitted), rows, generate ? plan.table.columns().get(auto) : null, keys);
            if (generate) {
                for (int i = 0; i < keys.length; i++) {
                    EntityState s = states.get(i);
                    Object[] v = newSnapshots.get(s);
                    v[auto] = keys[i];
                    if (m.isImmutable()) {
                        keyedCopy(s, v);
                    } else {
                        m.set(s.object(), auto, keys[i]);
                    }
                }
            }
            if (omitted.size() > (generate ? 1 : 0)) {
                new FlushStatements(core, this, deletes, dependsOn, newSnapshots).readServerDefaults(m, plan, states,
                        omitted);
            }
        }
    }

    /**
     * A record cannot take its generated key: the session's object for the row becomes a copy
     * built from the inserted values plus the key; the original is remembered to map back to it
     * (see {@link KeyedCopies}), and put back if the flush fails.
     */
    private void keyedCopy(EntityState s, Object[] values) {
        Object original = s.object();
        originals.put(s, original);
        s.replace(s.mapper.withColumns(original, values, 0), core.identityMap.queue());
    }

    private static boolean isZero(Object v) {
        return v == null || ((Number) v).longValue() == 0L;
    }

    private static Object versionValue(EntityMapper<?> m, int index, long value) {
        return m.attributes().get(index).type().coerce(value, "the version counter");
    }

    private void updateAll() {
        Map<Compiled, List<Object[]>> rows = new LinkedHashMap<>();
        Map<Compiled, List<EntityState>> states = new HashMap<>();
        Map<EntityState, Object> bumps = new IdentityHashMap<>();
        for (EntityState s : persistents) {
            Object o = s.object();
            if (o == null) {
                continue;
            }
            EntityMapper<Object> m = s.mapper;
            MapperPlan<Object> plan = core.plan(m);
            int n = plan.columns;
            int[] changed = new int[n + 1];
            int count;
            if (s.snapshot == null) {
                count = 0;
                for (int i = 0; i < n; i++) {
                    if (!isKey(plan, i)) {
                        changed[count++] = i;
                    }
                }
            } else {
                count = m.changedColumns(o, s.snapshot, changed);
            }
            if (count == 0) {
                continue;
            }
            Object oldVersion = null;
            if (plan.version >= 0) {
                oldVersion = s.snapshot == null ? m.get(o, plan.version) : s.snapshot[plan.version];
                Object next = versionValue(m, plan.version, oldVersion == null ? 1 : ((Number) oldVersion).longValue() + 1);
                m.set(o, plan.version, next);
                bumps.put(s, next);
                count = withColumn(changed, count, plan.version);
            }
            Compiled c = plan.update(changed, count);
            Object[] values = new Object[count + plan.primaryKey.length + (plan.version >= 0 ? 1 : 0)];
            int k = 0;
            for (int i = 0; i < count; i++) {
                values[k++] = m.get(o, changed[i]);
            }
            for (int p : plan.primaryKey) {
                values[k++] = s.snapshot == null ? m.get(o, p) : s.snapshot[p];
            }
            if (plan.version >= 0) {
                values[k] = oldVersion;
            }
            rows.computeIfAbsent(c, x -> new ArrayList<>()).add(values);
            states.computeIfAbsent(c, x -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<Compiled, List<Object[]>> e : rows.entrySet()) {
            List<EntityState> group = states.get(e.getKey());
            int[] counts = connection().executeBatch(e.getKey(), e.getValue(), null, null);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    EntityState s = group.get(i);
                    throw new StaleDataException("UPDATE of " + SessionCore.describe(s.mapper, s.object())
                            + " matched no row" + (bumps.containsKey(s) ? " with the version it was loaded with" : "")
                            + ": it was changed or deleted by someone else since it was loaded. Roll back, reload "
                            + "the object and apply the change again");
                }
            }
            for (EntityState s : group) {
                Object[] v = new Object[s.mapper.attributes().size()];
                s.mapper.readValues(s.object(), v, 0);
                newSnapshots.put(s, v);
                updated.add(s);
            }
        }
    }

    private static boolean isKey(MapperPlan<?> plan, int column) {
        for (int p : plan.primaryKey) {
            if (p == column) {
                return true;
            }
        }
        return false;
    }

    /** Inserts {@code column} into the ascending positions {@code changed[0..count)} if missing. */
    private static int withColumn(int[] changed, int count, int column) {
        int i = 0;
        while (i < count && changed[i] < column) {
            i++;
        }
        if (i < count && changed[i] == column) {
            return count;
        }
        System.arraycopy(changed, i, changed, i + 1, count - i);
        changed[i] = column;
        return count + 1;
    }

    // ------------------------------------------------------------------ completion

    /** Brings the session's bookkeeping in line with what was written. */
    void complete() {
        // normally every pending object was inserted: then the pending collections are cleared at
        // once rather than emptied one object at a time
        boolean allPending = inserted.size() == core.pendingOrder.size();
        for (EntityState s : inserted) {
            Object o = s.object();
            Object original = originals.get(s);
            if (original != null) {
                core.keyedCopies.put(original, s);
            }
            if (!allPending) {
                core.pending.remove(original != null ? original : o);
            }
            s.status = EntityState.Status.PERSISTENT;
            s.key = new EntityKey(s.mapper, s.mapper.primaryKey(o));
            s.snapshot = newSnapshots.get(s);
            s.insertedInTransaction = true;
            core.identityMap.put(s);
            core.insertedInTransaction.add(s);
            core.repin(s);
        }
        if (allPending) {
            core.pending.clear();
            core.pendingOrder.clear();
        } else {
            Set<EntityState> insertedSet = Collections.newSetFromMap(new IdentityHashMap<>());
            insertedSet.addAll(inserted);
            core.pendingOrder.removeIf(insertedSet::contains);
        }
        for (EntityState s : updated) {
            Object o = s.object();
            s.snapshot = newSnapshots.get(s);
            Object id = s.mapper.primaryKey(o);
            if (!id.equals(s.key.id())) {
                core.identityMap.remove(s);
                s.key = new EntityKey(s.mapper, id);
                core.identityMap.put(s);
            }
        }
        for (EntityState s : fkTasks.keySet()) {
            // (inserted states all have a new snapshot)
            if (s.status == EntityState.Status.PERSISTENT && !newSnapshots.containsKey(s) && s.object() != null) {
                Object[] v = new Object[s.mapper.attributes().size()];
                s.mapper.readValues(s.object(), v, 0);
                s.snapshot = v;
            }
        }
        Set<EntityState> deletedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        deletedSet.addAll(deletes);
        for (EntityState d : deletes) {
            Object o = d.object();
            core.deleted.remove(o);
            core.identityMap.remove(d);
            d.deletedInTransaction = true;
            core.deletedInTransaction.add(d);
            core.deletedByFlush.put(o, d);
        }
        core.deletedOrder.removeIf(deletedSet::contains);
        for (EntityState s : inserts) {
            bothSides.snapshotRelations(s);
        }
        for (EntityState s : persistents) {
            if (s.status == EntityState.Status.PERSISTENT) {
                bothSides.snapshotRelations(s);
            }
        }
        for (BackSync b : stolen) {
            Object prev = b.owner().object();
            if (prev != null) {
                b.owner().mapper.setRelated(prev, b.relation().index(), null);
                bothSides.snapshotRelations(b.owner());
            }
        }
        for (BackSync b : backSyncs) {
            bothSides.backSync(b);
        }
    }

}
