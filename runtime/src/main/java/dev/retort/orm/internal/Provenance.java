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
 * segment. At the first record after a garbage collection, the segments recorded since the last
 * walk are walked and the states whose objects were collected dropped, unindexed; the segments
 * already walked are walked again when they have grown to four times what their last walk kept,
 * or when a sample of them finds a quarter collected (see {@code afterCollection}). Thread-safe; a
 * small open hash table of weak references, purged as it is used.
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

    /** The process-wide instance is {@link #instance()}; tests make their own. */
    Provenance() {}

    static Provenance instance() {
        return INSTANCE;
    }

    /** Records that {@code state}'s object has left its session. */
    synchronized void detached(EntityState state) {
        if (state.id == null) {
            return;
        }
        afterCollection();
        Segment last = unindexed.isEmpty() ? null : unindexed.get(unindexed.size() - 1);
        if (last == null || !last.open || last.length == last.states.length || unindexed.size() == young) {
            last = new Segment(new EntityState[last != null && last.open ? Math.min(last.length * 2, 1024) : 16], 0, true);
            unindexed.add(last);
        }
        last.states[last.length++] = state;
        recorded++;
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
        afterCollection();
        unindexed.add(new Segment(states, length, false));
        recorded += length;
    }

    /**
     * The segments of {@link #unindexed} before this index have been walked since they were
     * recorded; those from it on have not (they are young: recorded since the last walk).
     */
    private int young;

    /** States in the segments before {@link #young}. */
    private int old;

    /**
     * The old segments are walked only once they hold more states than this: a few thousand
     * records cost little to keep until then.
     */
    private static final int MIN_OLD_WALK = 4096;

    /** How many old states {@link #mostlyCollected} looks at. */
    private static final int SAMPLES = 32;

    /** The length of the old segments at which a walk over them drops states of collected objects. */
    private int oldWalkAt = MIN_OLD_WALK;

    /** Where in its stride the next sample starts (xorshift; any spread of offsets will do). */
    private int sampleOffset = 0x2545F491;

    /**
     * Cleared by the first garbage collection after the last record (renewed at every record, so
     * it is always young and a young collection clears it). Cleared means every state recorded
     * before it was made has been through a collection, which cleared its reference if its object
     * was garbage.
     */
    private WeakReference<Object> sinceLastRecord = new WeakReference<>(new Object());

    /**
     * At each record: if a collection has run since the last one, walks the young segments (the
     * states recorded since the last walk), dropping those whose objects were collected, before
     * their records can be promoted; a record that is promoted while its object lives keeps it
     * from young collections (which discover only young references). The old segments are walked
     * when a collection has run since and either they have grown to four times what their last
     * walk kept (so the work stays linear in the records) or a sample finds a quarter of them
     * gone ({@link #mostlyCollected}). The table's entries whose objects were collected are
     * purged too, so that they do not wait for the next lookup. Then the mark is renewed.
     */
    private void afterCollection() {
        if (sinceLastRecord.get() == null) {
            purge();
            if (young < unindexed.size()) {
                old += walk(young, unindexed.size());
                young = unindexed.size();
            }
            if (old > oldWalkAt || (old > MIN_OLD_WALK && mostlyCollected())) {
                old = walk(0, young);
                young = unindexed.size();
                oldWalkAt = Math.max(MIN_OLD_WALK, old * 4);
            }
        }
        sinceLastRecord = new WeakReference<>(new Object());
    }

    /**
     * Whether a quarter or more of the old states sampled (evenly spaced, from an offset that
     * changes at every call) have lost their objects. The four-times rule alone waits for the old
     * segments to grow to four times what their last walk kept; but objects that were promoted
     * before they died are cleared only by a concurrent cycle or a full collection, all at once,
     * long after that walk counted them alive, and their records (with the rows' values) would
     * then stay until four times as many had come: a heap filling with records of objects nobody
     * has, and full collections that cannot free them. A sample of {@value #SAMPLES} costs two
     * passes over the old segments (their lengths, then the segments that hold a sample); a walk
     * it starts drops about a quarter of what it visits or more, so the work stays linear in the
     * records.
     */
    private boolean mostlyCollected() {
        long total = 0;
        for (int k = 0; k < young; k++) {
            total += unindexed.get(k).length;
        }
        long stride = Math.max(1, total / SAMPLES);
        sampleOffset ^= sampleOffset << 13;
        sampleOffset ^= sampleOffset >>> 17;
        sampleOffset ^= sampleOffset << 5;
        long next = Math.floorMod(sampleOffset, stride);
        long base = 0;
        int seen = 0;
        int gone = 0;
        for (int k = 0; k < young && next < total; k++) {
            Segment seg = unindexed.get(k);
            for (; next < base + seg.length; next += stride) {
                EntityState s = seg.states[(int) (next - base)];
                if (s != null) { // a hole is a record already dropped
                    seen++;
                    if (s.object() == null) {
                        gone++;
                    }
                }
            }
            base += seg.length;
        }
        return gone > 0 && gone * 4 >= seen;
    }

    /**
     * Drops, from the segments {@code [from, to)} of {@link #unindexed}, the states whose objects
     * were collected, without indexing the others (nobody may ever ask for them): no identity hash
     * and no table entry per object. Returns the states kept.
     */
    private int walk(int from, int to) {
        int kept = 0;
        int dropped = 0;
        for (int k = from; k < to; k++) {
            Segment seg = unindexed.get(k);
            EntityState[] a = seg.states;
            int n = seg.length;
            int live = 0;
            for (int i = 0; i < n; i++) {
                EntityState s = a[i];
                if (s == null) {
                    continue;
                }
                if (s.object() != null) {
                    live++;
                } else {
                    a[i] = null; // a null store: no card for the collector to mark, wherever the array lives
                }
            }
            if (live == 0) {
                seg.length = 0; // the segment is removed below: nothing to clear
            } else if (seg.open) {
                // single records, appended: compacted in place, so that appending goes on
                int w = 0;
                for (int i = 0; i < n; i++) {
                    if (a[i] != null) {
                        a[w++] = a[i];
                    }
                }
                java.util.Arrays.fill(a, w, n, null);
                seg.length = w;
            } else if (live < n >> 2) {
                // a handed-over array three quarters emptied: its live states move to a new array of their
                // number (young, so filling it costs no card marks), and the old one goes
                EntityState[] copy = new EntityState[live];
                int w = 0;
                for (int i = 0; i < n; i++) {
                    if (a[i] != null) {
                        copy[w++] = a[i];
                    }
                }
                seg.states = copy;
                seg.length = live;
            }
            // else: a handed-over array still mostly alive keeps its holes rather than being rewritten
            dropped += n - seg.length;
            kept += seg.length;
        }
        recorded -= dropped;
        // drop the emptied segments in one pass (removing them one by one would shift the list
        // once per removal: quadratic when a walk empties thousands of small sessions' segments)
        int w = from;
        for (int k = from; k < to; k++) {
            Segment seg = unindexed.get(k);
            if (seg.length != 0) {
                unindexed.set(w++, seg);
            }
        }
        int removed = to - w;
        if (removed > 0) {
            unindexed.subList(w, to).clear();
        }
        if (young >= to) {
            young -= removed;
        }
        return kept;
    }

    /** The states in the table (for tests). */
    synchronized int indexed() {
        return size;
    }

    /** The states recorded and not yet indexed (for tests). */
    synchronized int recorded() {
        return recorded;
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
        young = 0;
        old = 0;
        oldWalkAt = MIN_OLD_WALK;
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
