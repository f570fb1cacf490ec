package dev.retort.orm.internal;

import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The transitions between object states that the application asks for — add, delete, expunge —
 * and those a session makes itself (re-attaching a detached object, marking for deletion,
 * leaving the session). Split from {@link SessionCore}, which holds the state they change and
 * keeps the public entry points.
 */
final class StateTransitions {
    private final SessionCore core;

    StateTransitions(SessionCore core) {
        this.core = core;
    }

    /** {@code session.add}: makes a transient object pending (and, by cascade, what it refers to). */
    void add(Object object) {
        core.checkUsable();
        EntityMapper<Object> m = core.mapperOf(object);
        addState(m, object);
    }

    EntityState addState(EntityMapper<Object> m, Object object) {
        EntityState s = core.stateOf(object);
        if (s != null) {
            if (s.status() == EntityState.Status.DELETED && core.deleted.containsKey(object)) {
                core.deleted.remove(object); // un-delete before the flush
                core.deletedOrder.remove(s);
                s.status(EntityState.Status.PERSISTENT);
            } else if (s.status() == EntityState.Status.DELETED) {
                throw new InvalidRequestException("Can't add " + SessionCore.describe(m, object) + ": it has been deleted by a "
                        + "flush of this transaction. Roll back to bring it back, or after the commit merge a copy "
                        + "without its key to insert a new row");
            }
            if (s.status() == EntityState.Status.PERSISTENT) {
                core.repin(s);
            }
            return s;
        }
        Object id = m.primaryKey(object);
        if (id != null) {
            EntityState present = core.identityMap.get(m, id);
            if (present != null) {
                throw new InvalidRequestException("Can't add " + SessionCore.describe(m, object) + ": another object with the same "
                        + "primary key is already in this session (" + present.key() + "); use session.merge(obj) to "
                        + "copy its state onto the session's object");
            }
        }
        // transient or detached is decided by where the object came from, never by its key
        EntityState prior = Provenance.instance().stateOf(object);
        if (prior != null && prior.mapper == m && prior.status() == EntityState.Status.DETACHED && prior.id != null) {
            return reattach(prior, object);
        }
        EntityState p = new EntityState(m, object, EntityState.Status.PENDING);
        p.epoch = core.epoch;
        for (Relation<Object, ?> r : m.relations()) {
            p.relationSnapshot[r.index()] = r.isCollection() ? List.of() : EntityState.NONE;
        }
        core.pending.put(object, p);
        core.pendingOrder.add(p);
        return p;
    }

    /**
     * A detached object joins the session again with the state it left with: persistent, its
     * snapshot what was last loaded or flushed (so it is clean unless changed), expired if it was.
     */
    private EntityState reattach(EntityState prior, Object object) {
        EntityState present = core.identityMap.get(prior.mapper, prior.id);
        if (present != null) {
            throw new InvalidRequestException("Can't add " + SessionCore.describe(prior.mapper, object) + ": another object with "
                    + "the same identity (" + prior.key() + ") is already in this session; use session.merge(obj) to "
                    + "copy its state onto the session's object");
        }
        if (prior.rowDeleted()) {
            throw new InvalidRequestException("Can't add " + SessionCore.describe(prior.mapper, object) + ": it has been "
                    + "deleted (its row was deleted by a committed transaction); merge a copy without its key to "
                    + "insert a new row");
        }
        Provenance.instance().forget(object);
        prior.status(EntityState.Status.PERSISTENT);
        prior.insertedInTransaction(false);
        prior.deletedInTransaction(false);
        prior.epoch = prior.expiredWhenDetached() ? core.epoch - 1 : core.epoch;
        prior.replace(object);
        core.identityMap.put(prior);
        core.pinnedPersistent++;
        core.loader.rebindLazyCollections(prior);
        return prior;
    }

    /** {@code session.delete}: marks a persistent object for deletion at the next flush. */
    void delete(Object object) {
        core.checkUsable();
        EntityMapper<Object> m = core.mapperOf(object);
        EntityState s = core.stateOf(object);
        if (s == null) {
            EntityState prior = Provenance.instance().stateOf(object);
            if (prior != null && prior.mapper == m && prior.status() == EntityState.Status.DETACHED && prior.id != null) {
                s = reattach(prior, object); // a detached object joins the session to be deleted, as in SQLAlchemy
            } else {
                throw new InvalidRequestException("Can't delete " + SessionCore.describe(m, object) + ": it is not persisted "
                        + "(it is transient: it was never loaded or flushed); add it and flush first");
            }
        }
        if (s.status() == EntityState.Status.PENDING) {
            throw new InvalidRequestException("Can't delete " + SessionCore.describe(m, object) + ": it is pending (added, not yet "
                    + "inserted); use session.expunge(obj) to take it out of the session");
        }
        if (s.status() == EntityState.Status.DELETED) {
            return;
        }
        markDeleted(s);
        boolean saved = core.autoflush;
        core.autoflush = false; // collections loaded for the cascade must not flush the half-marked deletion
        try {
            Cascades.delete(core, s);
        } finally {
            core.autoflush = saved;
        }
    }

    void markDeleted(EntityState s) {
        Object o = s.object();
        s.status(EntityState.Status.DELETED);
        s.pin();
        core.deleted.put(o, s);
        core.deletedOrder.add(s);
    }

    /** {@code session.expunge}: the object (and by cascade what it refers to) leaves the session. */
    void expunge(Object object) {
        core.checkUsable();
        core.mapperOf(object);
        EntityState s = core.stateOf(object);
        if (s == null) {
            throw new InvalidRequestException("Can't expunge " + object + ": it is not in this session");
        }
        Cascades.expunge(core, s, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    void detach(EntityState s) {
        Object o = s.object();
        if (o != null) {
            core.pending.remove(o);
            core.deleted.remove(o);
            core.deletedByFlush.remove(o);
        }
        core.pendingOrder.remove(s);
        core.deletedOrder.remove(s);
        if (s.insertedInTransaction()) {
            core.insertedInTransaction.remove(s);
            s.insertedInTransaction(false);
        }
        if (s.deletedInTransaction()) {
            core.deletedInTransaction.remove(s); // rollback must not bring back what was expunged
            s.deletedInTransaction(false);
        }
        core.identityMap.remove(s);
        leave(s);
    }

    /**
     * The state leaves the session: a pending object is transient again; one with a row is
     * detached, and remembered (weakly) with what was last loaded, so adding it back later makes
     * it persistent and clean rather than new.
     */
    void leave(EntityState s) {
        if (leaveUnrecorded(s)) {
            Provenance.instance().detached(s);
        }
    }

    /** {@link #leave} without recording: whether the state must be recorded in {@link Provenance}. */
    private boolean leaveUnrecorded(EntityState s) {
        boolean hadRow = s.status() != EntityState.Status.PENDING && s.id != null;
        s.status(EntityState.Status.DETACHED);
        if (hadRow) {
            s.expiredWhenDetached(core.isExpired(s));
        }
        // held weakly from now on: the state is the weak reference, so this allocates nothing
        s.unpin();
        return hadRow;
    }

    /** Every object leaves the session. */
    void expungeAll() {
        // one walk, and one record of all who left: the map's own array goes to Provenance as it
        // is (the map starts afresh below), holes and states not to record set to null; nothing
        // else is written into it (a large array is in the old generation, where every store of
        // a young reference costs the collector's write barrier a card)
        EntityState[] all = core.identityMap.handOverStates();
        int n = core.identityMap.used();
        for (int i = 0; i < n; i++) {
            EntityState s = all[i];
            if (s != null && (s.object() == null || !leaveUnrecorded(s))) {
                all[i] = null;
            }
        }
        Provenance.instance().detached(all, n);
        for (EntityState s : core.pendingOrder) {
            s.status(EntityState.Status.DETACHED);
        }
        for (EntityState s : core.deletedByFlush.values()) {
            leave(s);
        }
        core.identityMap.clear();
        core.pending.clear();
        core.pendingOrder.clear();
        core.deleted.clear();
        core.deletedOrder.clear();
        core.insertedInTransaction.clear();
        core.deletedInTransaction.clear();
        core.deletedByFlush.clear();
        core.keyedCopies.clear();
        core.pinnedPersistent = 0;
    }
}
