package dev.retort.orm.internal;

import dev.retort.engine.Connection;
import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.EntityMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush: the unit of work. {@link FlushPlan} finds what changed (pending objects and their
 * cascades, changed columns, changed relationships, deletions and their cascades); this orders it
 * by foreign-key dependency — INSERTs parents first, level by level (rows of one class at one
 * level form one JDBC batch), then UPDATEs of changed columns only, association rows, and DELETEs
 * children first — and runs it with statements compiled once per class. Values the flush writes
 * into objects (generated keys, foreign keys, version counters) are undone by {@link #restore()}
 * if any statement fails; the session's bookkeeping changes only in {@link #complete()}.
 */
final class Flush {
    private final SessionCore core;
    private final FlushPlan plan;
    private final List<EntityState> dirty;
    private final List<EntityState> inserts;
    private final List<EntityState> persistents;
    private final List<EntityState> deletes;
    private final Map<EntityState, List<FlushPlan.FkTask>> fkTasks;
    private final Map<EntityState, List<EntityState>> dependsOn;
    /** The column values of objects before the flush wrote into them, for {@link #restore()}; made in {@link #execute()}. */
    private Map<EntityState, Object[]> before;
    /** The snapshot each inserted or updated state takes when the flush completes; sized in {@link #execute()}. */
    private Map<EntityState, Object[]> newSnapshots;
    private final List<EntityState> inserted = new ArrayList<>();
    /** Mutable objects that took a key the database generated, which {@link #restore()} takes back out. */
    private final List<EntityState> generatedKeys = new ArrayList<>();
    /** What the key fields of {@link #generatedKeys} held before (null, or 0 for a primitive), index for index. */
    private final List<Object> unsetKeys = new ArrayList<>();
    /** Records replaced by their keyed copies in this flush: state to the user's original. */
    private final Map<EntityState, Object> originals = new IdentityHashMap<>();
    private final List<EntityState> updated = new ArrayList<>();
    /**
     * The objects of {@link #updated}, index for index, held strongly from change detection to
     * {@link #complete()}: the session holds unchanged persistent objects only weakly, and one the
     * application dropped must not be collected between its UPDATE and its new snapshot.
     */
    private final List<Object> updatedObjects = new ArrayList<>();
    private Connection connection;
    private final BothSides bothSides;

    /**
     * @param dirty the persistent objects that changed, in identity-map order ({@code null}: none)
     */
    Flush(SessionCore core, List<EntityState> dirty) {
        this.core = core;
        this.dirty = dirty;
        this.plan = new FlushPlan(core);
        this.inserts = plan.inserts;
        this.persistents = plan.persistents;
        this.deletes = plan.deletes;
        this.fkTasks = plan.fkTasks;
        this.dependsOn = plan.dependsOn;
        this.bothSides = new BothSides(core);
    }

    Connection connection() {
        if (connection == null) {
            connection = core.connection();
        }
        return connection;
    }

    /** Finds the work: see {@link FlushPlan#prepare(List)}. */
    void prepare() {
        plan.prepare(dirty);
    }

    // ------------------------------------------------------------------ execution

    void execute() {
        // a new snapshot per object written: sized once, rather than rehashed as a large flush fills
        // it (values to restore are kept only for objects the flush writes more into than a key)
        before = new IdentityHashMap<>();
        newSnapshots = new IdentityHashMap<>(inserts.size() + persistents.size());
        for (EntityState s : inserts) {
            if (!core.plan(s.mapper).insertWritesOnlyGeneratedKey || fkTasks.containsKey(s)) {
                saveBefore(s);
            } // else all the flush writes into it is its generated key: see restore()
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
        FlushUpdates.run(core, this, persistents, newSnapshots, updated, updatedObjects);
        FlushStatements statements = new FlushStatements(core, this, deletes, dependsOn, newSnapshots);
        statements.associations(plan.assocInserts.values(), true);
        statements.associations(plan.assocDeletes.values(), false);
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
        if (before == null) {
            return; // failed before anything was written
        }
        for (Map.Entry<EntityState, Object> e : originals.entrySet()) {
            e.getKey().replace(e.getValue());
        }
        for (int i = 0; i < generatedKeys.size(); i++) {
            EntityState s = generatedKeys.get(i);
            Object o = s.object();
            if (o != null && !before.containsKey(s)) {
                s.mapper.set(o, s.mapper.autoincrementIndex(), unsetKeys.get(i));
            }
        }
        for (Map.Entry<EntityState, Object[]> e : before.entrySet()) {
            Object o = e.getKey().object();
            if (o != null) {
                e.getKey().mapper.populate(o, e.getValue(), 0);
            }
        }
    }

    private void applyTasks(EntityState s) {
        List<FlushPlan.FkTask> tasks = fkTasks.get(s);
        if (tasks == null) {
            return;
        }
        Object o = s.object();
        if (s.mapper.isImmutable()) {
            throw new InvalidRequestException("Can't set the foreign key of " + SessionCore.describe(s.mapper, o)
                    + ": it is a record; give its foreign key column a value yourself");
        }
        for (FlushPlan.FkTask t : tasks) {
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
        // rows grouped by the columns they leave out; nearly always one group, so a row with the
        // same columns left out as the row before joins its group without a lookup
        Map<List<Integer>, OmittedGroup> byOmitted = new LinkedHashMap<>();
        OmittedGroup last = null;
        int[] omitting = new int[1 + plan.serverDefaults.length];
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
            int k = 0;
            if (auto >= 0 && plan.sequence == null && (v[auto] == null || m.primaryKey(o) == null)) {
                omitting[k++] = auto;
            }
            for (int d : plan.serverDefaults) {
                if (v[d] == null) {
                    omitting[k++] = d;
                }
            }
            Arrays.sort(omitting, 0, k);
            if (last == null || !last.omits(omitting, k)) {
                List<Integer> omitted = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    omitted.add(omitting[i]);
                }
                last = byOmitted.computeIfAbsent(omitted, OmittedGroup::new);
            }
            last.states.add(s);
            last.values.add(v);
            inserted.add(s);
        }
        for (OmittedGroup g : byOmitted.values()) {
            List<Integer> omitted = g.omitted;
            List<EntityState> states = g.states;
            List<Object[]> rows = g.values; // the values are bound as they are when no column is left out
            if (!omitted.isEmpty()) {
                boolean[] left = new boolean[n];
                for (int i : omitted) {
                    left[i] = true;
                }
                rows = new ArrayList<>(states.size());
                for (Object[] v : g.values) {
                    Object[] r = new Object[n - omitted.size()];
                    for (int i = 0, k = 0; i < n; i++) {
                        if (!left[i]) {
                            r[k++] = v[i];
                        }
                    }
                    rows.add(r);
                }
            }
            boolean generate = auto >= 0 && omitted.contains(auto);
            Object[] keys = generate ? new Object[rows.size()] : null;
            connection().executeBatch(plan.insert(omitted), rows, generate ? plan.table.columns().get(auto) : null, keys);
            if (generate) {
                for (int i = 0; i < keys.length; i++) {
                    EntityState s = states.get(i);
                    Object[] v = g.values.get(i);
                    Object unset = v[auto];
                    v[auto] = keys[i];
                    if (m.isImmutable()) {
                        keyedCopy(s, v);
                    } else {
                        m.set(s.object(), auto, keys[i]);
                        generatedKeys.add(s);
                        unsetKeys.add(unset);
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
        s.replace(s.mapper.withColumns(original, values, 0));
    }

    private static boolean isZero(Object v) {
        return v == null || ((Number) v).longValue() == 0L;
    }

    static Object versionValue(EntityMapper<?> m, int index, long value) {
        return m.attributes().get(index).type().coerce(value, "the version counter");
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
            s.status(EntityState.Status.PERSISTENT);
            s.id = s.mapper.primaryKey(o);
            s.snapshot = newSnapshots.get(s);
            s.insertedInTransaction(true);
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
        for (int i = 0; i < updated.size(); i++) {
            EntityState s = updated.get(i);
            Object o = updatedObjects.get(i);
            s.snapshot = newSnapshots.get(s);
            Object id = s.mapper.primaryKey(o);
            if (!id.equals(s.id)) {
                core.identityMap.remove(s);
                s.id = id;
                core.identityMap.put(s);
            }
        }
        for (EntityState s : fkTasks.keySet()) {
            // (inserted states all have a new snapshot)
            if (s.status() == EntityState.Status.PERSISTENT && !newSnapshots.containsKey(s) && s.object() != null) {
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
            d.deletedInTransaction(true);
            core.deletedInTransaction.add(d);
            core.deletedByFlush.put(o, d);
        }
        core.deletedOrder.removeIf(deletedSet::contains);
        for (EntityState s : inserts) {
            bothSides.snapshotRelations(s);
        }
        for (EntityState s : persistents) {
            if (s.status() == EntityState.Status.PERSISTENT) {
                bothSides.snapshotRelations(s);
            }
        }
        for (FlushPlan.BackSync b : plan.stolen) {
            Object prev = b.owner().object();
            if (prev != null) {
                b.owner().mapper.setRelated(prev, b.relation().index(), null);
                bothSides.snapshotRelations(b.owner());
            }
        }
        for (FlushPlan.BackSync b : plan.backSyncs) {
            bothSides.backSync(b);
        }
    }

}
