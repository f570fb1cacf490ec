package dev.retort.orm.internal;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.Result;
import dev.retort.exc.DetachedInstanceException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.ObjectDeletedException;
import dev.retort.exc.PendingRollbackException;
import dev.retort.exc.ResourceClosedException;
import dev.retort.exc.UnmappedInstanceException;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.MapperRegistry;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Executable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a session holds and does: the identity map, the pending and deleted objects, the
 * connection of the current transaction, and the operations of {@code dev.retort.orm.Session}
 * (which is a thin public face over this). Not thread-safe: one thread at a time, as a session.
 */
public final class SessionCore {
    final Engine engine;
    final MapperRegistry registry;
    final PlanCache plans;
    final int pinLimit;
    boolean autoflush;
    private final boolean expireOnCommit;
    /**
     * Counts the commits that expired the session's objects: a state loaded (or re-attached
     * unexpired) at an earlier epoch is expired, so a commit expires everything without visiting it.
     */
    int epoch;

    /**
     * The expected size the session's identity maps start with: most sessions add or delete
     * nothing, and an {@code IdentityHashMap}'s default table is 64 slots (272 bytes) each.
     */
    static final int SMALL = 4;

    final IdentityMap identityMap = new IdentityMap();
    /** Added objects not yet inserted, in the order they were added. */
    final StatesByObject pending = new StatesByObject();
    final List<EntityState> pendingOrder = new ArrayList<>();
    /** Objects marked for deletion, not yet deleted, in the order they were marked. */
    final StatesByObject deleted = new StatesByObject();
    final List<EntityState> deletedOrder = new ArrayList<>();
    /** States inserted or deleted by flushes of the current transaction. */
    final List<EntityState> insertedInTransaction = new ArrayList<>();
    final List<EntityState> deletedInTransaction = new ArrayList<>();
    /** Objects deleted by flushes of the current transaction: still known (as DELETED) until it ends. */
    final StatesByObject deletedByFlush = new StatesByObject();
    /** Records the user added, mapped to the keyed copies their INSERTs produced. */
    final KeyedCopies keyedCopies = new KeyedCopies();

    final Loader loader;
    /** Decides which persistent objects differ from their snapshots. */
    final ChangeDetector changes = new ChangeDetector(this);
    private final StateTransitions transitions = new StateTransitions(this);
    /** Counts the session's own collections changed since the last flush. */
    final CollectionChanges collectionChanges = new CollectionChanges();
    /** Whether touching an unloaded collection may load it now (async sessions restrict it). */
    final LazyLoadGuard lazyLoadGuard = new LazyLoadGuard();
    private Connection connection;
    private boolean closed;
    private boolean flushing;
    private RuntimeException pendingRollback;
    int pinnedPersistent;

    /**
     * @param engine where the session's connections come from
     * @param registry the mapped classes
     * @param plans compiled statements, shared by the factory's sessions
     * @param autoflush whether queries flush pending changes first
     * @param pinLimit how many loaded objects the session holds strongly before it flushes and
     *     lets the clean ones be collected ({@link Integer#MAX_VALUE}: never)
     */
    public SessionCore(Engine engine, MapperRegistry registry, PlanCache plans, boolean autoflush, int pinLimit) {
        this(engine, registry, plans, autoflush, pinLimit, true);
    }

    /**
     * @param expireOnCommit whether a commit expires every object, so the next query or
     *     {@code get} that returns it overwrites its fields from the row (SQLAlchemy's
     *     {@code expire_on_commit})
     */
    public SessionCore(Engine engine, MapperRegistry registry, PlanCache plans, boolean autoflush, int pinLimit,
            boolean expireOnCommit) {
        this.expireOnCommit = expireOnCommit;
        this.engine = Objects.requireNonNull(engine, "engine");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.autoflush = autoflush;
        this.pinLimit = pinLimit;
        this.loader = new Loader(this);
    }

    // ------------------------------------------------------------------ connection and state checks

    /** The engine the session gets its connections from. */
    public Engine engine() {
        return engine;
    }

    /** The engine's dialect. */
    public Dialect dialect() {
        return plans.dialect();
    }

    /** The mapped classes this session knows. */
    public MapperRegistry registry() {
        return registry;
    }

    /** The connection of the current transaction, begun on first use. */
    public Connection connection() {
        checkUsable();
        if (connection == null || connection.isClosed()) {
            connection = engine.connect();
            connection.begin(); // autobegin, as SQLAlchemy's session: the connection is in a transaction
        }
        return connection;
    }

    /** Raises when the session is closed or must be rolled back before it can be used. */
    public void checkUsable() {
        if (closed) {
            throw new ResourceClosedException("This session is closed; open a new one from the session factory");
        }
        if (pendingRollback != null) {
            throw new PendingRollbackException("This session's transaction has been rolled back due to a previous "
                    + "exception during flush (" + pendingRollback.getClass().getSimpleName() + "). To begin a new "
                    + "transaction with this session, first call session.rollback(). Original exception was: "
                    + firstLine(pendingRollback.getMessage()), pendingRollback);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Restricts lazy loads to the times {@code allowedNow} says; {@code why} goes into the error otherwise. */
    public void restrictLazyLoads(java.util.function.BooleanSupplier allowedNow, String why) {
        lazyLoadGuard.restrict(allowedNow, why);
    }

    /** Whether {@code close()} has been called. */
    public boolean isClosed() {
        return closed;
    }

    /** Whether queries flush pending changes first. */
    public boolean isAutoflush() {
        return autoflush;
    }

    /** Turns autoflush off or on. */
    public void setAutoflush(boolean autoflush) {
        this.autoflush = autoflush;
    }

    /** Whether a transaction is in progress. */
    public boolean inTransaction() {
        return connection != null && !connection.isClosed() && connection.inTransaction();
    }

    // ------------------------------------------------------------------ mappers and states

    /** The mapper of {@code type}, or an {@link InvalidRequestException} naming the mapped classes. */
    public <E> EntityMapper<E> mapper(Class<E> type) {
        return registry.mapper(type);
    }

    @SuppressWarnings("unchecked")
    <E> EntityMapper<E> mapperOf(Object object) {
        if (object == null) {
            throw new InvalidRequestException("The session cannot take null; pass a mapped object");
        }
        EntityMapper<E> m = (EntityMapper<E>) registry.find(object.getClass());
        if (m == null) {
            throw new UnmappedInstanceException("Class " + object.getClass().getName() + " is not mapped: annotate it "
                    + "with @Table and make it implement a @DeclarativeBase type, or map it classically with "
                    + "@Table(maps = ...)");
        }
        return m;
    }

    /**
     * The plan of {@code mapper}. Loading asks once or twice per row, alternating between the
     * classes a query loads, so the last two plans are kept here and the factory's shared cache
     * is asked only for a third class.
     */
    @SuppressWarnings("unchecked")
    <E> MapperPlan<E> plan(EntityMapper<E> mapper) {
        MapperPlan<?> p = recentPlan;
        if (p != null && p.mapper == mapper) {
            return (MapperPlan<E>) p;
        }
        p = previousPlan;
        if (p == null || p.mapper != mapper) {
            p = plans.plan(mapper);
        }
        previousPlan = recentPlan;
        recentPlan = p;
        return (MapperPlan<E>) p;
    }

    /** The plans {@link #plan} returned last and the one before it. */
    private MapperPlan<?> recentPlan;
    private MapperPlan<?> previousPlan;

    /** The state of an object this session knows, or {@code null}. */
    EntityState stateOf(Object object) {
        EntityState s = pending.get(object);
        if (s != null) {
            return s;
        }
        s = deleted.get(object);
        if (s != null) {
            return s;
        }
        s = deletedByFlush.get(object);
        if (s != null) {
            return s;
        }
        EntityMapper<Object> m = registry.find(cls(object));
        if (m == null) {
            return null;
        }
        Object id = m.primaryKey(object);
        if (id == null) {
            return keyedCopies.get(object); // a record whose generated key went to its keyed copy
        }
        s = identityMap.get(m, id);
        return s != null && s.object() == object ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cls(Object o) {
        return (Class<Object>) o.getClass();
    }

    /** Whether the state was loaded before a commit that expired it (its fields may be out of date). */
    boolean isExpired(EntityState s) {
        return s.epoch < epoch;
    }

    /** Marks the state as loaded now: not expired. */
    void fresh(EntityState s) {
        s.epoch = epoch;
    }

    /**
     * The state of an object this session knows, or the state it left another session with
     * (detached): what a relationship snapshot compares against. {@code null} for a transient object.
     */
    EntityState knownStateOf(Object object) {
        EntityState s = stateOf(object);
        return s != null ? s : Provenance.instance().stateOf(object);
    }

    /** Registers a loaded or re-attached persistent object. */
    EntityState register(EntityMapper<?> mapper, Object object, Object id, Object[] snapshot) {
        EntityState s = new EntityState(mapper, object, EntityState.Status.PERSISTENT);
        s.id = id;
        s.snapshot = snapshot;
        s.epoch = epoch;
        identityMap.put(s);
        pinnedPersistent++;
        return s;
    }

    /** Holds a persistent object strongly again (added, or about to be written). */
    void repin(EntityState s) {
        if (!s.isPinned()) {
            s.pin();
            pinnedPersistent++;
        }
    }

    /**
     * Lets clean persistent objects go when more than {@code pinLimit} are held: flushes pending
     * changes first (when autoflush is on), so nothing unwritten can be collected. Called by a
     * streaming query before it reads its next batch, while the last batch is still held.
     */
    void maybeRelease() {
        if (pinnedPersistent <= pinLimit || !autoflush || flushing || pendingRollback != null) {
            return;
        }
        flush();
        releasePins();
    }

    /** Holds every clean persistent object weakly (after a flush or at the end of a transaction). */
    void releasePins() {
        for (EntityState s : identityMap.states()) { // (unpinning changes nothing in the map)
            if (s.status() == EntityState.Status.PERSISTENT) {
                s.unpin();
            }
        }
        pinnedPersistent = 0;
        identityMap.released();
    }

    // ------------------------------------------------------------------ add, delete, expunge (see StateTransitions)

    /** {@code session.add}: makes a transient object pending (and, by cascade, what it refers to). */
    public void add(Object object) {
        transitions.add(object);
    }

    EntityState addState(EntityMapper<Object> m, Object object) {
        return transitions.addState(m, object);
    }

    /** {@code session.delete}: marks a persistent object for deletion at the next flush. */
    public void delete(Object object) {
        transitions.delete(object);
    }

    void markDeleted(EntityState s) {
        transitions.markDeleted(s);
    }

    /** {@code session.expunge}: the object (and by cascade what it refers to) leaves the session. */
    public void expunge(Object object) {
        transitions.expunge(object);
    }

    void detach(EntityState s) {
        transitions.detach(s);
    }

    /** Every object leaves the session. */
    public void expungeAll() {
        transitions.expungeAll();
    }

    // ------------------------------------------------------------------ flush and transactions

    /** Writes pending changes, unless autoflush is off or a flush is already running. */
    public void autoflush() {
        if (autoflush && !flushing && pendingRollback == null && !closed) {
            flush();
        }
    }

    /**
     * The autoflush of a lazy collection load and of a {@code get} that goes to the database:
     * flushes (everything) when the session knows in O(1) that something is waiting — objects
     * added or marked for deletion, or a change to one of its own relationship collections — and
     * otherwise does not walk the session at all. A changed column or reference of a persistent
     * object (a plain field write, which Retort cannot observe) waits for the next query, flush
     * or commit; see {@code docs/deviations.md}.
     */
    public void autoflushTracked() {
        if (autoflush && !flushing && pendingRollback == null && !closed
                && (!pendingOrder.isEmpty() || !deletedOrder.isEmpty() || collectionChanges.any())) {
            flush();
        }
    }

    /**
     * {@code session.flush}: writes every pending change in one ordered, batched unit of work. On
     * failure the transaction is rolled back, the objects get back the values they had before the
     * flush, and the session refuses work until {@link #rollback()}.
     */
    public void flush() {
        flush(false);
    }

    /**
     * Flushes; with {@code releasing} (a commit), clean persistent objects are let go as the flush
     * finds them clean. Returns whether the flush wrote nothing, in which case every persistent
     * object has been let go.
     */
    private boolean flush(boolean releasing) {
        checkUsable();
        if (flushing) {
            throw new InvalidRequestException("Session is already flushing");
        }
        flushing = true;
        Flush f = null;
        try {
            // nothing added, deleted or changed: done, without allocating (see ChangeDetector)
            List<EntityState> dirty = changes.dirtyStates(releasing);
            if (dirty != null || !pendingOrder.isEmpty() || !deletedOrder.isEmpty()) {
                f = new Flush(this, dirty);
                f.prepare();
                f.execute();
                f.complete();
            }
            collectionChanges.clear(); // every changed collection of a persistent object has its snapshot again
            return f == null;
        } catch (RuntimeException e) {
            if (f != null) {
                f.restore();
            }
            if (connection != null) {
                try {
                    connection.rollback();
                } catch (RuntimeException ignored) {
                    // the original failure is what matters
                }
            }
            pendingRollback = e;
            throw e;
        } finally {
            flushing = false;
        }
    }

    /** {@code session.commit}: flushes, commits, and lets go of the objects it held strongly. */
    public void commit() {
        boolean released = flush(true);
        if (connection != null) {
            connection.commit();
            connection.close();
            connection = null;
        }
        endTransaction(released);
        if (expireOnCommit) {
            epoch++; // every object is expired: the next query or get that returns it reloads it
        }
    }

    /** @param released whether every persistent object has been let go already (by the commit's flush) */
    private void endTransaction(boolean released) {
        for (EntityState s : insertedInTransaction) {
            s.insertedInTransaction(false);
        }
        for (EntityState s : deletedInTransaction) {
            s.deletedInTransaction(false);
            s.rowDeleted(true);
            transitions.leave(s);
        }
        insertedInTransaction.clear();
        deletedInTransaction.clear();
        deletedByFlush.clear();
        keyedCopies.purge();
        if (released) {
            pinnedPersistent = 0;
            identityMap.released();
        } else {
            releasePins();
        }
    }

    /**
     * {@code session.rollback}: rolls the transaction back and puts the session in step with the
     * database again, as SQLAlchemy does. Objects added in the transaction become transient (an
     * autoincrement key assigned by a rolled-back INSERT is cleared); objects deleted come back;
     * every other object is reloaded from the database, so in-memory changes are discarded (an
     * object whose row is gone leaves the session).
     */
    public void rollback() {
        if (closed) {
            throw new ResourceClosedException("This session is closed");
        }
        if (connection != null) {
            try {
                if (!connection.isClosed()) {
                    connection.rollback();
                    connection.close();
                }
            } finally {
                connection = null;
            }
        }
        pendingRollback = null;
        collectionChanges.clear(); // (the reload below installs fresh collections)
        for (EntityState s : insertedInTransaction) {
            Object o = s.object();
            identityMap.remove(s);
            s.status(EntityState.Status.DETACHED);
            int auto = s.mapper.autoincrementIndex();
            if (o != null && auto >= 0 && !s.mapper.isImmutable()) {
                s.mapper.set(o, auto, null);
            }
        }
        for (EntityState s : pendingOrder) {
            s.status(EntityState.Status.DETACHED);
        }
        pending.clear();
        pendingOrder.clear();
        for (EntityState s : deletedInTransaction) {
            s.status(EntityState.Status.PERSISTENT);
            s.deletedInTransaction(false);
            identityMap.put(s);
        }
        for (EntityState s : deletedOrder) {
            s.status(EntityState.Status.PERSISTENT);
        }
        deleted.clear();
        deletedOrder.clear();
        insertedInTransaction.clear();
        deletedInTransaction.clear();
        deletedByFlush.clear();
        keyedCopies.purge(); // the copies inserted in the transaction are gone: their originals are transient
        List<EntityState> live = new ArrayList<>();
        for (EntityState s : identityMap.liveStates()) {
            if (s.status() == EntityState.Status.PERSISTENT) {
                live.add(s);
            }
        }
        boolean saved = autoflush;
        autoflush = false;
        try {
            loader.refresh(live);
        } finally {
            autoflush = saved;
            if (connection != null) {
                connection.rollback();
                connection.close();
                connection = null;
            }
        }
        releasePins();
    }

    /** {@code session.close}: rolls back and detaches every object. */
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (connection != null && !connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } finally {
            connection = null;
            expungeAll();
            closed = true;
        }
    }

    // ------------------------------------------------------------------ get, refresh, merge

    /** {@code session.get}: the object with this primary key, from the identity map or the database. */
    public <E> E get(Class<E> type, Object id) {
        checkUsable();
        EntityMapper<E> m = mapper(type);
        Object key = loader.normalizeId(m, id);
        EntityState s = identityMap.get(m, key);
        if (s != null) {
            if (s.status() == EntityState.Status.DELETED) {
                return null;
            }
            if (!isExpired(s)) {
                return type.cast(s.object());
            }
            // expired by a commit: reload it, as SQLAlchemy does on the first read
            autoflush();
            Object reloaded = loader.loadByKey(m, key);
            if (reloaded == null && s.status() == EntityState.Status.PERSISTENT) {
                detach(s); // its row is gone
            }
            return type.cast(reloaded);
        }
        autoflushTracked(); // a row not in the session: only a tracked change can alter it
        return type.cast(loader.loadByKey(m, key));
    }

    /** {@code session.refresh}: reloads the object's columns and resets its relationships. */
    public void refresh(Object object) {
        checkUsable();
        EntityMapper<Object> m = mapperOf(object);
        EntityState s = stateOf(object);
        if (s == null || s.status() != EntityState.Status.PERSISTENT) {
            throw new InvalidRequestException("Can't refresh " + describe(m, object) + ": it is not persistent in this "
                    + "session");
        }
        List<EntityState> states = new ArrayList<>();
        Cascades.refresh(this, s, states);
        if (loader.refresh(states).contains(s)) {
            throw new ObjectDeletedException("Can't refresh " + describe(m, object) + ": its row no longer exists");
        }
    }

    /** Refreshes every persistent object (SQLAlchemy's expire_all, done eagerly). */
    public void refreshAll() {
        checkUsable();
        List<EntityState> live = new ArrayList<>();
        for (EntityState s : identityMap.liveStates()) {
            if (s.status() == EntityState.Status.PERSISTENT) {
                live.add(s);
            }
        }
        loader.refresh(live);
    }

    /** {@code session.merge}: copies the object's state onto the session's object with its key. */
    public <E> E merge(E object) {
        checkUsable();
        return new Merge(this).merge(object);
    }

    // ------------------------------------------------------------------ views

    /** Objects added and not yet inserted. */
    public Set<Object> newObjects() {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EntityState s : pendingOrder) {
            Object o = s.object();
            if (o != null) {
                set.add(o);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** Persistent objects with changes not yet flushed. */
    public Set<Object> dirtyObjects() {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EntityState s : identityMap.liveStates()) {
            Object o = s.object();
            if (o != null && s.status() == EntityState.Status.PERSISTENT && isModified(s, o)) {
                set.add(o);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** Objects marked for deletion and not yet deleted. */
    public Set<Object> deletedObjects() {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EntityState s : deletedOrder) {
            Object o = s.object();
            if (o != null) {
                set.add(o);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** Whether a persistent object's columns or loaded relationships differ from what was loaded or flushed. */
    public boolean isModified(Object object) {
        EntityState s = stateOf(object);
        if (s == null) {
            throw new InvalidRequestException(object + " is not in this session");
        }
        Object o = s.object(); // a record's keyed copy, when object is the record that was added
        return s.status() == EntityState.Status.PENDING || isModified(s, o != null ? o : object);
    }

    boolean isModified(EntityState s, Object o) {
        return changes.isModified(s, o);
    }

    /**
     * Whether the object is pending or persistent in this session (marked for deletion counts;
     * deleted by a flush does not, as in SQLAlchemy).
     */
    public boolean contains(Object object) {
        EntityState s = object == null ? null : stateOf(object);
        return s != null && (s.status() == EntityState.Status.PENDING || s.status() == EntityState.Status.PERSISTENT
                || deleted.containsKey(s.object()));
    }

    /** {@code session.persisted}: the session's object for {@code object} (see {@link KeyedCopies}). */
    public <E> E persisted(E object) {
        checkUsable();
        return keyedCopies.persisted(this, mapperOf(object), object);
    }

    // ------------------------------------------------------------------ Core statements

    /** {@code session.execute}: runs a Core statement in the session's transaction, after an autoflush. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        checkUsable();
        autoflush();
        return connection().execute(statement, parameters);
    }

    /** Runs a Core statement with several parameter sets (executemany) in the session's transaction. */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        checkUsable();
        autoflush();
        return connection().execute(statement, parameterSets);
    }

    // ------------------------------------------------------------------ helpers

    static String describe(EntityMapper<?> m, Object o) {
        Object id = null;
        try {
            @SuppressWarnings("unchecked")
            EntityMapper<Object> om = (EntityMapper<Object>) m;
            id = om.primaryKey(o);
        } catch (RuntimeException ignored) {
            // the description must not fail
        }
        return "<" + m.entityName() + (id == null ? " (no key)" : " " + id) + ">";
    }

    /** Raises the detached error for a lazy load on a closed session. */
    DetachedInstanceException detachedLoad(EntityState owner, Relation<?, ?> r) {
        return new DetachedInstanceException("Parent instance " + describe(owner.mapper, owner.object())
                + " is not bound to a session; lazy load of relationship '" + r.name() + "' cannot proceed. Load it "
                + "before closing the session (query options joinedLoad/selectinLoad), or merge the object into an "
                + "open session");
    }
}
