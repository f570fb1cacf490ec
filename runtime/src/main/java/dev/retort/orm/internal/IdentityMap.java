package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One state per primary key: the session's identity map. Objects are held through their
 * {@link EntityState}, strongly or weakly; entries whose object was garbage collected are dropped
 * as the map meets them. Iterates in the order objects entered it, so flushes are deterministic.
 * Not thread-safe (a session is used by one thread at a time).
 *
 * <p>Loading a row enters one state here, so the map is built to cost no object per entry. It is
 * laid out as CPython's compact dictionary: the states in insertion order in one array, their
 * hashes in a parallel {@code int} array, and an open-addressing index (linear probing, at most
 * two thirds full) of positions in those arrays. The key is the state's own mapper and primary
 * key, so there is no key object and no node, and a lookup by mapper and key allocates nothing. An
 * index entry carries a fingerprint of its hash, so a probe passes other keys without reading the
 * hash array, and a put of the key a lookup just missed takes the slot that lookup stopped at.
 * Growing the index rehashes from the hash array alone, without touching a state. Removing a state (found
 * by probing for its own key) leaves a hole in the insertion order; holes, and the states of
 * collected objects once the session has let objects go, are dropped when the arrays are
 * compacted: when they are full, or when holes outnumber the states three to one.
 */
final class IdentityMap {
    private static final EntityState[] NO_STATES = new EntityState[0];
    private static final int[] NO_HASHES = new int[0];

    /**
     * Open addressing: a position in {@link #states} plus one in the bits of {@link #positionMask},
     * the same high bits as the state's hash above them (a fingerprint, so a probe rejects nearly
     * every other entry without reading the hash array); 0 is an empty slot. Length a power of two.
     */
    private int[] index = NO_INDEX;
    /**
     * The index of an empty map, shared and never written: a session that never loads an object
     * (and every session after {@link #clear}) allocates none. A lookup in it finds its one slot
     * empty; the first {@link #put} makes a real index.
     */
    private static final int[] NO_INDEX = new int[1];
    /**
     * The bits of an index entry that hold the position: the low 24 (16,777,215 positions), the
     * rest a fingerprint of the hash; all 32 bits, without a fingerprint, in a larger map.
     */
    private int positionMask = NARROW;
    private static final int NARROW = (1 << 24) - 1;
    /**
     * Where the last {@link #get} that found nothing stopped: the empty index slot a {@link #put}
     * of a key with the same hash (the loader's next step puts the key it just looked up) takes
     * without probing again; -1 once anything changed the map since, or when that probe passed an
     * entry of another key with the same hash (then the put probes, to find a state it may
     * replace). Recorded as numbers, not as the key: two int fields, no reference stores (and so
     * no write barriers) per loaded row.
     */
    private int missSlot = -1;
    /** The hash the last {@link #get} that found nothing was for. */
    private int missHash;
    /** The states in the order they entered; {@code null} where one was removed. */
    private EntityState[] states = NO_STATES;
    /** The hash of each state of {@link #states}, position for position. */
    private int[] hashes = NO_HASHES;
    /** Used positions of {@link #states}, holes included. */
    private int used;
    /** States in the index. */
    private int size;
    /** Whether a state in the map may be held weakly, so that its object may have been collected. */
    private boolean mayHaveCollected;

    /** The live state for the mapper's key, or {@code null}; drops the entry if its object is gone. */
    EntityState get(EntityMapper<?> mapper, Object id) {
        int h = hash(mapper, id);
        int[] ix = index;
        int mask = ix.length - 1;
        int pm = positionMask;
        boolean sameHash = false;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int e = ix[i];
            if (e == 0) {
                // no entry on this probe has the key: a put of a key with this hash belongs here,
                // unless an entry of another key with the very same hash was passed (it could be
                // the key of that put)
                missSlot = sameHash ? -1 : i;
                missHash = h;
                return null;
            }
            if (((e ^ h) & ~pm) == 0) { // the fingerprint matches: compare the whole hash, then the key
                int p = (e & pm) - 1;
                if (hashes[p] == h) {
                    EntityState s = states[p];
                    if (s.mapper == mapper && s.id.equals(id)) {
                        if (s.object() == null) {
                            removeAt(i);
                            return null;
                        }
                        return s;
                    }
                    sameHash = true;
                }
            }
        }
    }

    /**
     * Enters {@code state} under its key. A state already there under that key is replaced, and
     * the new one takes its place in the iteration order.
     */
    void put(EntityState state) {
        if (index == NO_INDEX) {
            index = new int[16];
            forgetMiss();
        }
        int h = hash(state.mapper, state.id);
        int[] ix = index;
        int mask = ix.length - 1;
        int pm = positionMask;
        int i;
        if (missSlot >= 0 && missHash == h) {
            i = missSlot; // a get that missed a key of this hash stopped here, and nothing has changed since
        } else {
            i = h & mask;
            for (int e; (e = ix[i]) != 0; i = (i + 1) & mask) {
                if (((e ^ h) & ~pm) != 0) {
                    continue; // another fingerprint: not this state, nor its key
                }
                int p = (e & pm) - 1;
                EntityState s = states[p];
                if (s == state) {
                    return;
                }
                if (hashes[p] == h && s.mapper == state.mapper && s.id.equals(state.id)) {
                    states[p] = state;
                    return;
                }
            }
        }
        forgetMiss();
        if (used == states.length) {
            if (size == used && !mayHaveCollected) {
                // nothing to drop: longer arrays, and no state is touched (positions stay)
                int length = Math.max(16, used * 2);
                states = Arrays.copyOf(states, length);
                hashes = Arrays.copyOf(hashes, length);
                if (length > NARROW && positionMask == NARROW) {
                    positionMask = -1; // positions need every bit: no fingerprint from now on
                    reindex(index.length);
                    putNew(state, h);
                    if (size * 3 > index.length * 2) {
                        reindex(index.length << 1);
                    }
                    return;
                }
            } else {
                compact(1);
                putNew(state, h);
                return;
            }
        }
        ix[i] = (h & ~pm) | (used + 1);
        append(state, h);
        if (size * 3 > index.length * 2) {
            reindex(index.length << 1);
        }
    }

    /** Appends a state known to be absent, after a compaction. */
    private void putNew(EntityState state, int h) {
        int[] ix = index;
        int mask = ix.length - 1;
        int i = h & mask;
        while (ix[i] != 0) {
            i = (i + 1) & mask;
        }
        ix[i] = (h & ~positionMask) | (used + 1);
        append(state, h);
    }

    private void forgetMiss() {
        missSlot = -1;
    }

    private void append(EntityState state, int h) {
        states[used] = state;
        hashes[used] = h;
        used++;
        size++;
    }

    /** Removes {@code state} if it is the one entered under its key. */
    void remove(EntityState state) {
        if (state.id == null) {
            return;
        }
        int[] ix = index;
        int mask = ix.length - 1;
        int pm = positionMask;
        for (int i = hash(state.mapper, state.id) & mask; ix[i] != 0; i = (i + 1) & mask) {
            if (states[(ix[i] & pm) - 1] == state) {
                removeAt(i);
                return;
            }
        }
    }

    /**
     * Notes that states in the map may now be held weakly (the session let objects go): the next
     * compaction also drops the states of collected objects.
     */
    void released() {
        mayHaveCollected = true;
    }

    /** The states whose objects are still alive, in the order they entered (a copy). */
    List<EntityState> liveStates() {
        List<EntityState> live = new ArrayList<>(size);
        for (int i = 0; i < used; i++) {
            EntityState s = states[i];
            if (s != null && s.object() != null) {
                live.add(s);
            }
        }
        return live;
    }

    /**
     * Every entry, live or collected, in the order they entered, without copying: for a walk that
     * must not allocate per entry. The caller must not change the map or look anything up in it
     * while iterating.
     */
    Iterable<EntityState> states() {
        EntityState[] o = states;
        int n = used;
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                while (next < n && o[next] == null) {
                    next++;
                }
                return next < n;
            }

            @Override
            public EntityState next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return o[next++];
            }
        };
    }

    /**
     * The array of states in the order they entered, {@code null} at holes, valid up to
     * {@link #used()}: for {@code expungeAll}, which then clears the map, so the array is the
     * caller's from then on (no copy is made of 100,000 states leaving a closing session).
     */
    EntityState[] handOverStates() {
        return states;
    }

    /** The used positions of {@link #handOverStates()}, holes included. */
    int used() {
        return used;
    }

    /** The number of entries, some of which may be states of collected objects. */
    int size() {
        return size;
    }

    void clear() {
        index = NO_INDEX;
        states = NO_STATES;
        hashes = NO_HASHES;
        used = 0;
        size = 0;
        mayHaveCollected = false;
        positionMask = NARROW;
        forgetMiss();
    }

    /**
     * Spreads the key over the table. Keys are mostly consecutive numbers of several classes: the
     * sum alone would give each class a run of consecutive slots, and runs that meet become one
     * long cluster that linear probing walks (a session of users and their addresses probed
     * hundreds of slots per lookup). Multiplying by an odd constant (Fibonacci hashing) puts
     * consecutive keys far apart, and the shift brings high bits down to the index's low ones.
     */
    private static int hash(EntityMapper<?> mapper, Object id) {
        int h = (System.identityHashCode(mapper) * 31 + id.hashCode()) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Removes the entry at index slot {@code i}, shifting back the entries probed past it. */
    private void removeAt(int i) {
        forgetMiss();
        int[] ix = index;
        int mask = ix.length - 1;
        int pm = positionMask;
        int p = (ix[i] & pm) - 1;
        states[p] = null;
        size--;
        // backward-shift deletion: no tombstones, so lookups stop at the first empty slot
        int hole = i;
        for (int j = (i + 1) & mask; ix[j] != 0; j = (j + 1) & mask) {
            int home = hashes[(ix[j] & pm) - 1] & mask;
            // move the entry at j into the hole unless its home lies cyclically in (hole, j]
            if (hole <= j ? (home <= hole || home > j) : (home <= hole && home > j)) {
                ix[hole] = ix[j];
                hole = j;
            }
        }
        ix[hole] = 0;
        if (used > 64 && size < used >> 2) {
            compact(0);
        }
    }

    /** Builds the index anew with {@code capacity} slots from the hash array alone. */
    private void reindex(int capacity) {
        forgetMiss();
        int fingerprint = ~positionMask;
        int[] ix = new int[capacity];
        int mask = capacity - 1;
        EntityState[] o = states;
        int[] hs = hashes;
        for (int p = 0; p < used; p++) {
            if (o[p] == null) {
                continue;
            }
            int i = hs[p] & mask;
            while (ix[i] != 0) {
                i = (i + 1) & mask;
            }
            ix[i] = (hs[p] & fingerprint) | (p + 1);
        }
        index = ix;
    }

    /**
     * Moves the states to new arrays without holes (and, once the session has let objects go,
     * without the states of collected objects), with room for {@code extra} more and as many
     * again as it keeps, so compactions stay linear in the states put; then reindexes. New arrays
     * rather than compaction in place: an iteration of {@link #states()} in progress keeps
     * reading the old ones.
     */
    private void compact(int extra) {
        boolean sweep = mayHaveCollected;
        EntityState[] o = states;
        int[] hs = hashes;
        int length = Math.max(16, (size + extra) * 2);
        if (length > NARROW) {
            positionMask = -1; // positions need every bit: no fingerprint from now on
        }
        EntityState[] kept = new EntityState[length];
        int[] keptHashes = new int[length];
        int live = 0;
        boolean weak = false;
        for (int p = 0; p < used; p++) {
            EntityState s = o[p];
            if (s == null) {
                continue;
            }
            if (sweep) {
                if (s.object() == null) {
                    continue;
                }
                weak |= !s.isPinned();
            }
            keptHashes[live] = hs[p];
            kept[live++] = s;
        }
        states = kept;
        hashes = keptHashes;
        used = live;
        size = live;
        mayHaveCollected = sweep && weak; // (states still held weakly may lose their objects later)
        int capacity = 16;
        while (capacity * 2 < (live + extra) * 3) {
            capacity <<= 1;
        }
        reindex(capacity);
    }
}
