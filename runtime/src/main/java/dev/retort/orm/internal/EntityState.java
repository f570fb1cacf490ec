package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * What a session knows about one object: its status, identity, the column values last loaded or
 * flushed (the snapshot changes are detected against), what its relationship fields held then,
 * and the reference to the object itself — strong while the session may still have to write it,
 * weak otherwise (see {@code docs/design/identity-map.md}).
 */
public final class EntityState {

    /** SQLAlchemy's object states (transient objects have no state). */
    public enum Status {
        /** Added, not yet inserted. */
        PENDING,
        /** Has a row and is in the identity map. */
        PERSISTENT,
        /** Marked for deletion, or deleted by a flush of the current transaction. */
        DELETED,
        /** No longer belongs to the session. */
        DETACHED
    }

    /** A weak reference that remembers whose it is, so the identity map can drop dead entries. */
    static final class Ref extends WeakReference<Object> {
        final EntityState state;

        /** Whether it tells a queue when its object is collected (a state outside any session needs no queue). */
        final boolean queued;

        Ref(Object referent, ReferenceQueue<Object> queue, EntityState state) {
            super(referent, queue);
            this.state = state;
            this.queued = queue != null;
        }
    }

    final EntityMapper<Object> mapper;
    private Object strong;
    private Ref ref;
    EntityKey key;
    Status status;
    /** Column values as last loaded or flushed; {@code null} when unknown (pending, or re-attached). */
    Object[] snapshot;
    /** Per relationship: the related objects as last loaded or flushed ({@code List}), the related object, or {@link #UNKNOWN}. */
    final Object[] relationSnapshot;
    /** Per relationship: the lazy collection the session installed, to tell when the field was replaced. */
    final Object[] installed;
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

    /** Marks a relationship whose contents the session has not seen. */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "UNKNOWN";
        }
    };

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
        this.mapper = (EntityMapper<Object>) mapper;
        this.strong = object;
        this.status = status;
        int relations = mapper.relations().size();
        if (relations == 0) {
            // nothing is ever stored in an empty array: every state of a class without relationships shares one
            this.relationSnapshot = NO_RELATIONS;
            this.installed = NO_RELATIONS;
        } else {
            this.relationSnapshot = new Object[relations];
            this.installed = new Object[relations];
            java.util.Arrays.fill(relationSnapshot, UNKNOWN);
        }
    }

    /** The object, or {@code null} once it has been garbage collected. */
    public Object object() {
        Object o = strong;
        if (o != null) {
            return o;
        }
        Ref r = ref;
        return r == null ? null : r.get();
    }

    /** The mapper of the object's class. */
    public EntityMapper<Object> mapper() {
        return mapper;
    }

    /** Where the object is in its session life cycle. */
    public Status status() {
        return status;
    }

    /** The identity-map key (mapper and primary key), or {@code null} while the key is not known. */
    public EntityKey key() {
        return key;
    }

    /** Whether the object is held strongly. */
    boolean isPinned() {
        return strong != null;
    }

    /** Holds the object strongly: the session may have to write it. */
    void pin() {
        if (strong == null) {
            Object o = ref == null ? null : ref.get();
            if (o != null) {
                strong = o;
            }
        }
    }

    /** Holds the object weakly from now on. */
    void unpin(ReferenceQueue<Object> queue) {
        Object o = strong;
        if (o != null) {
            if (ref == null || ref.get() != o || (queue != null && !ref.queued)) {
                ref = new Ref(o, queue, this);
            }
            strong = null;
        }
    }

    /** Replaces the object (merging an immutable record, or its keyed copy after an INSERT). */
    void replace(Object object, ReferenceQueue<Object> queue) {
        strong = object;
        ref = new Ref(object, queue, this);
    }

    /** The weak reference, for the identity map's bookkeeping. */
    Ref ref() {
        return ref;
    }

    void ensureRef(ReferenceQueue<Object> queue) {
        Object o = object();
        if (o != null && (ref == null || ref.get() != o || (queue != null && !ref.queued))) {
            ref = new Ref(o, queue, this);
        }
    }

    @Override
    public String toString() {
        return status + " " + (key == null ? mapper.entityName() : key);
    }
}
