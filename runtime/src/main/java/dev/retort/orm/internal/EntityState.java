package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import java.lang.ref.WeakReference;

/**
 * What a session knows about one object: its status, identity, the column values last loaded or
 * flushed (the snapshot changes are detected against), what its relationship fields held then,
 * and the object itself — held strongly while the session may still have to write it, weakly
 * otherwise (see {@code docs/design/identity-map.md}).
 *
 * <p>The state <em>is</em> the weak reference to its object (as SQLAlchemy's {@code InstanceState}
 * holds a weakref to its instance), so loading an object costs one bookkeeping object, and letting
 * it go (after a commit, or when the session closes) allocates nothing: the strong field is
 * cleared. It is registered with no reference queue: the collector clears it without enqueuing,
 * and the identity map drops states whose objects are gone as it meets them. Only an object
 * replaced by another (a merged record, a record's keyed copy) is referred to through a second,
 * separate weak reference.
 */
final class EntityState extends WeakReference<Object> {

    /** SQLAlchemy's object states (transient objects have no state). */
    enum Status {
        /** Added, not yet inserted. */
        PENDING,
        /** Has a row and is in the identity map. */
        PERSISTENT,
        /** Marked for deletion, or deleted by a flush of the current transaction. */
        DELETED,
        /** No longer belongs to the session. */
        DETACHED
    }

    final EntityMapper<Object> mapper;
    private Object strong;
    /** The object that replaced the referent ({@link #replace}), weakly; {@code null} until then. */
    private WeakReference<Object> replaced;
    /** The primary key (a value, or an immutable list for a composite key); {@code null} while unknown. */
    Object id;
    Status status;
    /** Column values as last loaded or flushed; {@code null} when unknown (pending, or re-attached). */
    Object[] snapshot;
    /** Per relationship: the related objects as last loaded or flushed ({@code List}), the related state, {@link #NONE}, or {@link #UNKNOWN} ({@code null}). */
    final Object[] relationSnapshot;
    /** Inserted by a flush of the current transaction (becomes transient on rollback). */
    boolean insertedInTransaction;
    /** Deleted by a flush of the current transaction (comes back on rollback). */
    boolean deletedInTransaction;
    /** The session epoch the columns were loaded in; older than the session's means expired by a commit. */
    int epoch;
    /** Whether the object was expired when it left its session (it stays expired when added back). */
    boolean expiredWhenDetached;
    /** Its row was deleted by a committed transaction: adding it back is an error. */
    boolean rowDeleted;

    /**
     * Marks a relationship whose contents the session has not seen: {@code null}, so that a new
     * state's {@link #relationSnapshot} needs no fill (loading creates one state per row).
     */
    static final Object UNKNOWN = null;

    private static final Object[] NO_RELATIONS = new Object[0];

    /** Marks a reference the session saw empty ({@code null}). */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "NONE";
        }
    };

    @SuppressWarnings("unchecked")
    EntityState(EntityMapper<?> mapper, Object object, Status status) {
        super(object);
        this.mapper = (EntityMapper<Object>) mapper;
        this.strong = object;
        this.status = status;
        int relations = mapper.relations().size();
        if (relations == 0) {
            // nothing is ever stored in an empty array: every state of a class without relationships shares one
            this.relationSnapshot = NO_RELATIONS;
        } else {
            this.relationSnapshot = new Object[relations]; // all UNKNOWN (null)
        }
    }

    /** The object, or {@code null} once it has been garbage collected. */
    Object object() {
        Object o = strong;
        if (o != null) {
            return o;
        }
        WeakReference<Object> r = replaced;
        return r == null ? get() : r.get();
    }

    /** The identity-map key (mapper and primary key), or {@code null} while the key is not known. */
    EntityKey key() {
        return id == null ? null : new EntityKey(mapper, id);
    }

    /** Whether the object is held strongly. */
    boolean isPinned() {
        return strong != null;
    }

    /** Holds the object strongly: the session may have to write it. */
    void pin() {
        if (strong == null) {
            strong = object();
        }
    }

    /** Holds the object weakly from now on (allocates nothing: the state is the weak reference). */
    void unpin() {
        strong = null;
    }

    /** Replaces the object (merging an immutable record, or its keyed copy after an INSERT). */
    void replace(Object object) {
        strong = object;
        replaced = object == get() ? null : new WeakReference<>(object);
    }

    @Override
    public String toString() {
        return status + " " + (id == null ? mapper.entityName() : key());
    }
}
