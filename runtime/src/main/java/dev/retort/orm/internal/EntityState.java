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
 * replaced by another (a merged record, a record's keyed copy) is referred to, once let go,
 * through a second, separate weak reference, kept in the strong field's place. The status and
 * flags share one byte, so a state is 56 bytes.
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
    /**
     * The object, held strongly while pinned; or, once an object that replaced the referent
     * ({@link #replace}) is let go, a {@link Replaced} weak reference to it; {@code null} otherwise.
     */
    private Object strong;
    /** The primary key (a value, or an immutable list for a composite key); {@code null} while unknown. */
    Object id;
    /** Column values as last loaded or flushed; {@code null} when unknown (pending, or re-attached). */
    Object[] snapshot;
    /** Per relationship: the related objects as last loaded or flushed ({@code List}), the related state, {@link #NONE}, or {@link #UNKNOWN} ({@code null}). */
    final Object[] relationSnapshot;
    /** The session epoch the columns were loaded in; older than the session's means expired by a commit. */
    int epoch;
    /**
     * The status (its ordinal, in the low two bits) and the flags below, in one byte: a state is
     * made per loaded row, and this keeps it at 56 bytes rather than 64.
     */
    private byte bits;

    private static final int STATUS = 3;
    /** Inserted by a flush of the current transaction (becomes transient on rollback). */
    private static final int INSERTED_IN_TRANSACTION = 1 << 2;
    /** Deleted by a flush of the current transaction (comes back on rollback). */
    private static final int DELETED_IN_TRANSACTION = 1 << 3;
    /** The object was expired when it left its session (it stays expired when added back). */
    private static final int EXPIRED_WHEN_DETACHED = 1 << 4;
    /** Its row was deleted by a committed transaction: adding it back is an error. */
    private static final int ROW_DELETED = 1 << 5;
    /**
     * The object was replaced ({@link #replace}) by another than the referent: {@link #strong}
     * holds the replacement while pinned, and a {@link Replaced} weak reference to it after.
     */
    private static final int REPLACED = 1 << 6;
    private static final Status[] STATUSES = Status.values();

    /** A weak reference to the object that replaced the referent, once it is let go. */
    private static final class Replaced extends WeakReference<Object> {
        Replaced(Object object) {
            super(object);
        }
    }

    Status status() {
        return STATUSES[bits & STATUS];
    }

    void status(Status status) {
        bits = (byte) ((bits & ~STATUS) | status.ordinal());
    }

    private boolean flag(int flag) {
        return (bits & flag) != 0;
    }

    private void flag(int flag, boolean on) {
        bits = (byte) (on ? bits | flag : bits & ~flag);
    }

    boolean insertedInTransaction() {
        return flag(INSERTED_IN_TRANSACTION);
    }

    void insertedInTransaction(boolean on) {
        flag(INSERTED_IN_TRANSACTION, on);
    }

    boolean deletedInTransaction() {
        return flag(DELETED_IN_TRANSACTION);
    }

    void deletedInTransaction(boolean on) {
        flag(DELETED_IN_TRANSACTION, on);
    }

    boolean expiredWhenDetached() {
        return flag(EXPIRED_WHEN_DETACHED);
    }

    void expiredWhenDetached(boolean on) {
        flag(EXPIRED_WHEN_DETACHED, on);
    }

    boolean rowDeleted() {
        return flag(ROW_DELETED);
    }

    void rowDeleted(boolean on) {
        flag(ROW_DELETED, on);
    }

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
        this.bits = (byte) status.ordinal();
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
        if ((bits & REPLACED) == 0) {
            return o != null ? o : get();
        }
        return o instanceof Replaced ? ((Replaced) o).get() : o;
    }

    /** The identity-map key (mapper and primary key), or {@code null} while the key is not known. */
    EntityKey key() {
        return id == null ? null : new EntityKey(mapper, id);
    }

    /** Whether the object is held strongly. */
    boolean isPinned() {
        Object o = strong;
        return (bits & REPLACED) == 0 ? o != null : o != null && !(o instanceof Replaced);
    }

    /** Holds the object strongly: the session may have to write it. */
    void pin() {
        if (!isPinned()) {
            strong = object();
        }
    }

    /**
     * Holds the object weakly from now on. Allocates nothing (the state is the weak reference),
     * except for a replaced object, which gets a weak reference of its own.
     */
    void unpin() {
        if ((bits & REPLACED) == 0) {
            strong = null;
        } else if (strong != null && !(strong instanceof Replaced)) {
            strong = new Replaced(strong);
        }
    }

    /** Replaces the object (merging an immutable record, or its keyed copy after an INSERT), held strongly. */
    void replace(Object object) {
        strong = object;
        flag(REPLACED, object != get());
    }

    @Override
    public String toString() {
        return status() + " " + (id == null ? mapper.entityName() : key());
    }
}
