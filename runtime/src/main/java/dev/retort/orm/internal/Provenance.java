package dev.retort.orm.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Where objects came from: the states of objects that have left a session (expunged, or the
 * session closed), kept with what was last loaded or flushed. This is what lets a session tell a
 * <em>detached</em> object (it has a row; add it back and it is persistent, clean unless changed)
 * from a <em>transient</em> one (never loaded; add it and it is INSERTed, whatever its key holds),
 * as SQLAlchemy does with the state it keeps on each instance. Retort cannot put state on the
 * user's objects, so it keeps it here: weakly, by identity, process wide (an object may leave one
 * session and join another of any factory).
 *
 * <p>Only objects leaving a session are recorded, so loading and flushing pay nothing for it. A
 * state that leaves is only appended to a list; it is indexed by its object's identity only when
 * someone asks, so closing a session of 100,000 objects that nobody adds back costs no identity
 * hash and no copy: a closing session hands over its identity map's array of states as one
 * segment. When the segments have grown (4,096 states, then four times what the last compaction
 * kept) and a garbage collection has run, states whose objects were collected are dropped from
 * them, unindexed. Thread-safe; a small open hash table of weak references, purged as it is used.
 */
final class Provenance {
    private static final Provenance INSTANCE = new Provenance();

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private Entry[] table = new Entry[64];
    private int size;
    /**
     * States recorded but not yet in the table, in segments, oldest first (a later record of an
     * object wins): the arrays closing sessions handed over, and small ones of single records.
     */
    private final java.util.ArrayList<Segment> unindexed = new java.util.ArrayList<>();
    /** The states in {@link #unindexed}. */
    private int recorded;

    /**
     * States at {@code [0, length)} of an array, {@code null} where there is none (a handed-over
     * array keeps its holes until a compaction); {@code open} when single records may be appended.
     */
    private static final class Segment {
        EntityState[] states;
        int length;
        final boolean open;

        Segment(EntityState[] states, int length, boolean open) {
            this.states = states;
            this.length = length;
            this.open = open;
        }
    }

    /** A weak reference to a detached object and the state it left its session with. */
    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final EntityState state;
        Entry next;

        Entry(Object referent, ReferenceQueue<Object> queue, int hash, EntityState state, Entry next) {
            super(referent, queue);
            this.hash = hash;
            this.state = state;
            this.next = next;
        }
    }

    private Provenance() {}

    static Provenance instance() {
        return INSTANCE;
    }

    /** Records that {@code state}'s object has left its session. */
    synchronized void detached(EntityState state) {
        if (state.id == null) {
            return;
        }
        Segment last = unindexed.isEmpty() ? null : unindexed.get(unindexed.size() - 1);
        if (last == null || !last.open || last.length == last.states.length) {
            last = new Segment(new EntityState[last != null && last.open ? last.length * 2 : 16], 0, true);
            unindexed.add(last);
        }
        last.states[last.length++] = state;
        recorded++;
        maybeCompact();
    }

    /**
     * Records that the states at {@code [0, length)} of {@code states} (skipping nulls) have left
     * their session (one lock for a whole session). The array is handed over: the caller must not
     * use it again.
     */
    synchronized void detached(EntityState[] states, int length) {
        if (length == 0) {
            return;
        }
        // compacted before the new segment joins: its objects have only just left their session,
        // so a walk over them now would find almost all alive (they count toward the next threshold)
        if (recorded + length > compactAt && sinceCompaction.get() == null) {
            compact(length);
        }
        unindexed.add(new Segment(states, length, false));
        recorded += length;
    }

    /** The length of {@link #unindexed} at which states of collected objects are dropped from it. */
    private int compactAt = 4096;

    /**
     * Cleared by the first garbage collection after the last compaction. While it is not, no
     * object can have been collected since that compaction, which kept only live states, so a
     * compaction would find nothing to drop: it waits, and the list may grow past
     * {@link #compactAt} until a collection has run. (Only when compaction runs depends on this,
     * never what is recorded.)
     */
    private WeakReference<Object> sinceCompaction = new WeakReference<>(new Object());

    private void maybeCompact() {
        if (recorded > compactAt && sinceCompaction.get() == null) {
            compact(0);
        }
    }

    /**
     * Drops the recorded states whose objects were collected, without indexing the others (nobody
     * may ever ask for them): no identity hash and no table entry per object. The next compaction
     * waits until the list has grown to four times what this one kept (plus the {@code arriving}
     * segment, which is not walked) and a garbage collection has run, so the work stays linear in
     * the records (a walk costs a cache miss per state: at four times, at most about 1.3 state
     * visits per record, against 2 at twice; one when, as usual, a closing session's states are
     * not walked on the way in) and no walk is made that could find nothing.
     */
    private void compact(int arriving) {
        int kept = 0;
        for (Segment seg : unindexed) {
            EntityState[] a = seg.states;
            int live = 0;
            for (int i = 0; i < seg.length; i++) {
                EntityState s = a[i];
                if (s != null && s.object() != null) {
                    a[live++] = s;
                }
            }
            java.util.Arrays.fill(a, live, seg.length, null);
            seg.length = live;
            if (!seg.open && live > 0 && live < a.length >> 2) {
                seg.states = java.util.Arrays.copyOf(a, live); // a handed-over array mostly emptied: let it go
            }
            kept += live;
        }
        unindexed.removeIf(seg -> seg.length == 0);
        recorded = kept;
        compactAt = Math.max(4096, (kept + arriving) * 4);
        sinceCompaction = new WeakReference<>(new Object());
    }

    /** Moves the recorded states into the table, skipping those whose object is gone. */
    private void index() {
        if (unindexed.isEmpty()) {
            return;
        }
        purge();
        for (Segment seg : unindexed) {
            for (int i = 0; i < seg.length; i++) {
                EntityState s = seg.states[i];
                if (s == null) {
                    continue;
                }
                Object o = s.object();
                if (o != null && s.id != null) {
                    put(o, s);
                }
            }
        }
        unindexed.clear();
        recorded = 0;
        compactAt = 4096;
    }

    private void put(Object o, EntityState state) {
        int h = System.identityHashCode(o);
        int i = h & (table.length - 1);
        for (Entry e = table[i]; e != null; e = e.next) {
            if (e.get() == o) {
                removeEntry(e, i);
                break;
            }
        }
        table[i] = new Entry(o, queue, h, state, table[i]);
        if (++size > table.length * 3 / 4) {
            resize();
        }
    }

    /** The state {@code object} left a session with, or {@code null} if it never did (it is transient). */
    synchronized EntityState stateOf(Object object) {
        purge();
        index();
        int h = System.identityHashCode(object);
        for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.get() == object) {
                return e.state;
            }
        }
        return null;
    }

    /** Forgets {@code object} (it joined a session again, or became transient). */
    synchronized void forget(Object object) {
        index();
        int h = System.identityHashCode(object);
        int i = h & (table.length - 1);
        for (Entry e = table[i]; e != null; e = e.next) {
            if (e.get() == object) {
                removeEntry(e, i);
                return;
            }
        }
    }

    private void removeEntry(Entry target, int i) {
        Entry prev = null;
        for (Entry e = table[i]; e != null; prev = e, e = e.next) {
            if (e == target) {
                if (prev == null) {
                    table[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                size--;
                return;
            }
        }
    }

    private void purge() {
        Reference<?> r;
        while ((r = queue.poll()) != null) {
            Entry e = (Entry) r;
            removeEntry(e, e.hash & (table.length - 1));
        }
    }

    private void resize() {
        Entry[] old = table;
        Entry[] grown = new Entry[old.length * 2];
        for (Entry head : old) {
            Entry e = head;
            while (e != null) {
                Entry next = e.next;
                int i = e.hash & (grown.length - 1);
                e.next = grown[i];
                grown[i] = e;
                e = next;
            }
        }
        table = grown;
    }
}
