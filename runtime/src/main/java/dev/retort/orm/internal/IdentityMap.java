package dev.retort.orm.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One state per primary key: the session's identity map. Objects are held through their
 * {@link EntityState}, strongly or weakly; entries whose object was garbage collected are dropped
 * as the map is used. Iterates in the order objects entered it, so flushes are deterministic. Not thread-safe (a session is used by one thread at a time).
 */
public final class IdentityMap {
    private final Map<EntityKey, EntityState> states = new LinkedHashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    ReferenceQueue<Object> queue() {
        return queue;
    }

    /** The live state for {@code key}, or {@code null}. */
    EntityState get(EntityKey key) {
        purge();
        EntityState s = states.get(key);
        if (s != null && s.object() == null) {
            states.remove(key);
            return null;
        }
        return s;
    }

    /**
     * Enters {@code state}. A pinned (strongly held) state gets its weak reference only when it is
     * unpinned, so loading an object costs no {@code WeakReference} while the session holds it.
     */
    void put(EntityState state) {
        if (!state.isPinned()) {
            state.ensureRef(queue);
        }
        states.put(state.key, state);
    }

    void remove(EntityState state) {
        if (state.key != null) {
            states.remove(state.key, state);
        }
    }

    /** The states whose objects are still alive. */
    List<EntityState> liveStates() {
        purge();
        List<EntityState> live = new ArrayList<>(states.size());
        for (EntityState s : states.values()) {
            if (s.object() != null) {
                live.add(s);
            }
        }
        return live;
    }

    /**
     * Every entry, live or collected, in the order they entered, without copying: for a walk that
     * must not allocate. The caller must not change the map or look anything up in it while
     * iterating.
     */
    Iterable<EntityState> states() {
        purge();
        return states.values();
    }

    int size() {
        purge();
        return states.size();
    }

    void clear() {
        states.clear();
    }

    private void purge() {
        Reference<?> r;
        while ((r = queue.poll()) != null) {
            EntityState s = ((EntityState.Ref) r).state;
            if (s.key != null && states.get(s.key) == s && s.object() == null) {
                states.remove(s.key);
            }
        }
    }
}
