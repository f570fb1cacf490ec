package dev.retort.orm.internal;

import dev.retort.orm.mapping.Relation;
import java.util.Collection;
import java.util.List;

/** Reading relationship fields against what the session last saw in them. */
final class Relations {
    private Relations() {}

    /** Whether the field holds the session's own lazy collection for this relationship, still unloaded. */
    static boolean isUntouchedLazy(EntityState s, Relation<?, ?> r, Object value) {
        if (!(value instanceof LazyCollection)) {
            return false;
        }
        LazyCollection lc = (LazyCollection) value;
        Object owner = lc.owner();
        return !lc.isLoaded() && owner instanceof Loader.Slot && ((Loader.Slot) owner).state() == s
                && ((Loader.Slot) owner).relation() == r.index();
    }

    /** The objects a relationship field holds now (none for an untouched lazy collection). */
    static Collection<?> current(Object value) {
        return Loader.loadedItems(value);
    }

    /**
     * The states a relationship snapshot holds: a list for collections, one state or none for
     * references; {@code null} when the session has not seen the relationship.
     */
    @SuppressWarnings("unchecked")
    static List<EntityState> snapshotStates(Object snapshot) {
        if (snapshot == EntityState.UNKNOWN) {
            return null;
        }
        if (snapshot == EntityState.NONE) {
            return List.of();
        }
        if (snapshot instanceof EntityState) {
            return List.of((EntityState) snapshot);
        }
        return (List<EntityState>) snapshot;
    }

    /** Whether two lists hold the same states (by identity), in any order. */
    static boolean sameMembers(List<EntityState> a, List<EntityState> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (EntityState x : a) {
            if (!containsIdentity(b, x)) {
                return false;
            }
        }
        return true;
    }

    static boolean containsIdentity(Collection<?> c, Object x) {
        for (Object y : c) {
            if (y == x) {
                return true;
            }
        }
        return false;
    }

    static boolean removeIdentity(Collection<?> c, Object x) {
        java.util.Iterator<?> it = c.iterator();
        while (it.hasNext()) {
            if (it.next() == x) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
