package dev.retort.orm.internal;

import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.EntityMapper;

/**
 * Records whose key the database generated, and the keyed copies that stand for them. A record
 * cannot take the key an INSERT returns, so the flush builds a copy from the inserted values plus
 * the key and makes it the session's object for the row (the identity map holds the copy). The
 * record the user added stays as it was, without a key; the session maps it to the copy's state,
 * so {@code contains}, {@code delete}, {@code refresh} and relationships that still point at it
 * act on the row, and {@code Session.persisted} hands the copy back. See
 * {@code docs/design/generated-keys.md}.
 *
 * <p>Entries live while the copy belongs to the session: they go when it is expunged, rolled back
 * or collected, and all at once on {@code expungeAll} and {@code close}.
 */
final class KeyedCopies {
    private final StatesByObject byOriginal = new StatesByObject();

    /** Remembers that {@code state}'s object is the keyed copy of {@code original}. */
    void put(Object original, EntityState state) {
        byOriginal.put(original, state);
    }

    /** The state of the keyed copy standing for {@code original}, or {@code null}. */
    EntityState get(Object original) {
        if (byOriginal.isEmpty()) {
            return null;
        }
        EntityState s = byOriginal.get(original);
        if (s != null && (s.status() == EntityState.Status.DETACHED || s.object() == null)) {
            byOriginal.remove(original);
            return null;
        }
        return s;
    }

    /** Drops the entries whose copy has left the session or been collected. */
    void purge() {
        if (!byOriginal.isEmpty()) {
            byOriginal.values().removeIf(s -> s.status() == EntityState.Status.DETACHED || s.object() == null);
        }
    }

    void clear() {
        byOriginal.clear();
    }

    /**
     * The session's object for {@code object}, after flushing it if it is still pending: the
     * object itself, except for a record whose key the database generated, whose keyed copy it is.
     */
    <E> E persisted(SessionCore core, EntityMapper<Object> m, E object) {
        EntityState s = core.stateOf(object);
        if (s != null && s.status() == EntityState.Status.PENDING) {
            core.flush();
            s = core.stateOf(object);
        }
        if (s == null || s.object() == null || s.status() == EntityState.Status.DETACHED) {
            throw new InvalidRequestException("Can't find the persisted object for " + SessionCore.describe(m, object)
                    + ": it is not in this session; add it first");
        }
        @SuppressWarnings("unchecked")
        E persisted = (E) s.object();
        return persisted;
    }
}
