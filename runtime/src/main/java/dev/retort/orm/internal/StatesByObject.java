package dev.retort.orm.internal;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Objects to their states, by identity, with no table until the first entry: a session's pending,
 * deleted and deleted-by-flush objects and its keyed copies are empty in most sessions (a session
 * that only reads makes none of these tables; an {@code IdentityHashMap} makes its table at once).
 * Not thread-safe, as the session.
 */
final class StatesByObject {
    private IdentityHashMap<Object, EntityState> map;

    EntityState get(Object object) {
        return map == null ? null : map.get(object);
    }

    boolean containsKey(Object object) {
        return map != null && map.containsKey(object);
    }

    void put(Object object, EntityState state) {
        if (map == null) {
            map = new IdentityHashMap<>(SessionCore.SMALL);
        }
        map.put(object, state);
    }

    EntityState remove(Object object) {
        return map == null ? null : map.remove(object);
    }

    boolean isEmpty() {
        return map == null || map.isEmpty();
    }

    /** The states, a live view (removal through it removes the entry). */
    Collection<EntityState> values() {
        return map == null ? List.of() : map.values();
    }

    void clear() {
        if (map != null) {
            map.clear();
        }
    }
}
