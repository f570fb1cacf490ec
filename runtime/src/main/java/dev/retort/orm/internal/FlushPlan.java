package dev.retort.orm.internal;

import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first phase of a {@link Flush}: finding the work. Starting from the pending objects and
 * the persistent ones that changed (see {@link ChangeDetector}), it runs the save-update cascade,
 * diffs loaded relationships against their snapshots (foreign keys to set or clear, association
 * rows, orphans, the dependencies between new objects), the delete cascade, and lists the objects
 * to insert, update and delete. It writes nothing to the database and nothing into the objects;
 * the session's bookkeeping changes only for objects the cascades add, mark or re-attach.
 */
final class FlushPlan {
    private final SessionCore core;
    final List<EntityState> inserts = new ArrayList<>();
    final List<EntityState> persistents = new ArrayList<>();
    final List<EntityState> deletes = new ArrayList<>();
    final Map<EntityState, List<FkTask>> fkTasks = new IdentityHashMap<>();
    final Map<EntityState, List<EntityState>> dependsOn = new IdentityHashMap<>();
    final Map<AssocKey, AssocRow> assocInserts = new LinkedHashMap<>();
    final Map<AssocKey, AssocRow> assocDeletes = new LinkedHashMap<>();
    final List<BackSync> backSyncs = new ArrayList<>();
    /** Children removed from a delete-orphan relationship: deleted unless another parent took them. */
    private final List<EntityState> orphanCandidates = new ArrayList<>();
    /** Children given a parent by this flush (added to a collection, or a reference set). */
    private final Set<EntityState> adopted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** One-to-one references taken over by another object: (previous holder, relation), cleared after the flush. */
    final List<BackSync> stolen = new ArrayList<>();
    /** States that joined (or, un-deleted, rejoined) the persistent ones during discovery. */
    private final List<EntityState> revived = new ArrayList<>();

    /** Copies a relationship's key columns from a source row into a dependent row (or clears them). */
    record FkTask(EntityState source, int[] sourceColumns, int[] targetColumns, boolean clear) {}

    /** An association row, identified by which state fills which of its columns. */
    record AssocKey(Table table, List<Column<?>> columns, List<EntityState> states) {}

    /** How to compute an association row's values once every key is known. */
    record AssocRow(Relation<?, ?> relation, EntityState owner, EntityState target) {}

    /** After success: the mirror side of a changed relationship is updated to agree. */
    record BackSync(EntityState owner, Relation<?, ?> relation, EntityState target, boolean add) {}

    FlushPlan(SessionCore core) {
        this.core = core;
    }

    // ------------------------------------------------------------------ discovery

    /**
     * Finds the work, given the persistent objects that changed ({@code null}: none). Only
     * pending and changed objects can give work: a clean object's relationships are as
     * snapshotted, so it is written only when another's change sets its foreign key.
     */
    void prepare(List<EntityState> dirty) {
        List<EntityState> queue = new ArrayList<>(core.pendingOrder);
        if (dirty != null) {
            queue.addAll(dirty);
        }
        cascadeSaves(queue);
        for (EntityState s : queue) {
            if (s.status() != EntityState.Status.DELETED && s.object() != null) {
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
        // persistent objects to write, in identity-map order: the changed ones (and those the
        // save-update cascade re-attached), and clean ones whose foreign key this flush sets
        Set<EntityState> examined = Collections.newSetFromMap(new IdentityHashMap<>());
        examined.addAll(queue);
        for (EntityState s : core.identityMap.states()) {
            if (s.status() == EntityState.Status.PERSISTENT && s.object() != null
                    && (examined.contains(s) || fkTasks.containsKey(s)) && !stolenFrom(s)) {
                persistents.add(s);
            }
        }
        for (EntityState s : revived) {
            if (s.status() == EntityState.Status.PERSISTENT && s.object() != null && !persistents.contains(s)) {
                persistents.add(s);
            }
        }
        for (EntityState s : core.deletedOrder) {
            if (s.object() != null) {
                deletes.add(s);
            }
        }
    }

    /** save-update cascade: transient objects reachable through loaded relationships become pending. */
    private void cascadeSaves(List<EntityState> queue) {
        for (int i = 0; i < queue.size(); i++) {
            EntityState s = queue.get(i);
            Object o = s.object();
            if (o == null || s.status() == EntityState.Status.DELETED) {
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
                if (!Relations.containsIdentity(now, c) && c.status() == EntityState.Status.PERSISTENT) {
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
            if (c.status() == EntityState.Status.PERSISTENT) {
                core.markDeleted(c);
            } else if (c.status() == EntityState.Status.PENDING) {
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
                        if (is.status() == EntityState.Status.PENDING) {
                            core.detach(is);
                        } else if (is.status() == EntityState.Status.PERSISTENT) {
                            core.markDeleted(is);
                        }
                    } else if (is.status() == EntityState.Status.PERSISTENT) {
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
                if (old != null && core.knownStateOf(value) == old && s.status() != EntityState.Status.PENDING) {
                    continue; // unchanged (the target may be detached: it is not written)
                }
                EntityState target = requireState(s, r, value);
                adopted.add(s);      // a child with a parent (one-to-many delete-orphan)
                adopted.add(target); // a target with a referrer (many-to-one delete-orphan)
                undelete(target);
                if (target != old || s.status() == EntityState.Status.PENDING) {
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
                old = s.status() == EntityState.Status.PENDING ? List.of() : core.loader.statesOf(currentInDatabase(s, r));
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
        } else if (c.status() == EntityState.Status.PERSISTENT || c.status() == EntityState.Status.PENDING) {
            if (r.cascades(CascadeOption.DELETE_ORPHAN)) {
                orphanCandidates.add(c);
            }
            if (c.status() == EntityState.Status.PERSISTENT) {
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
        if (c.status() == EntityState.Status.DETACHED && o != null && core.stateOf(o) == null) {
            EntityState attached = core.addState(c.mapper, o);
            revived.add(attached);
            return attached;
        }
        return c;
    }

    /** An object marked for deletion and then given to a parent is saved instead, as in SQLAlchemy. */
    private void undelete(EntityState c) {
        Object o = c.object();
        if (c.status() == EntityState.Status.DELETED && o != null && core.deleted.containsKey(o)) {
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
        if (ps == null || ps.status() != EntityState.Status.PERSISTENT || ps.mapper != s.mapper
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
        if (st == null || st.status() == EntityState.Status.DETACHED) {
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
        if (on.status() == EntityState.Status.PENDING && dependent != on) {
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
}
