package dev.retort.orm.internal;

import dev.retort.orm.mapping.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, cheaply, which persistent objects differ from their snapshots. Retort cannot observe
 * field writes, so every flush compares each persistent object it holds; this makes that
 * comparison cost a few field reads per object and allocate nothing when nothing changed:
 * columns are compared by the generated mapper into a reused scratch array, a reference is
 * compared by identity with the object its snapshot names, an unloaded lazy collection is
 * skipped, and a loaded one of the session's own is trusted to be unchanged unless it recorded a
 * change since its snapshot. Only what that cannot decide (a collection the application put in
 * the field, a reference to a replaced object) is compared member by member. See
 * {@code docs/design/change-detection.md}.
 */
final class ChangeDetector {
    private static final int CLEAN = 0;
    private static final int DIRTY = 1;
    private static final int UNSURE = 2;

    private final SessionCore core;
    /** Reused by the generated column comparison (it writes the changed positions here). */
    private int[] scratch = NO_SCRATCH;
    private static final int[] NO_SCRATCH = new int[0];

    ChangeDetector(SessionCore core) {
        this.core = core;
    }

    /**
     * The persistent objects that differ from their snapshots, in identity-map order, or
     * {@code null} when none does. Allocates nothing when every object is clean.
     */
    List<EntityState> dirtyStates() {
        return dirtyStates(false);
    }

    /**
     * {@link #dirtyStates()}; with {@code releaseClean}, also holds every clean persistent object
     * weakly as it is found clean (a commit, which lets them go anyway: this saves it a second
     * walk over the map). A clean object needs no pin: nothing unwritten can be lost with it.
     */
    List<EntityState> dirtyStates(boolean releaseClean) {
        List<EntityState> candidates = null;
        // first pass: no look-ups (they could purge the map being iterated), no allocation
        for (EntityState s : core.identityMap.states()) {
            if (s.status() != EntityState.Status.PERSISTENT) {
                continue;
            }
            Object o = s.object();
            if (o == null) {
                continue;
            }
            if (check(s, o, false) != CLEAN) {
                if (candidates == null) {
                    candidates = new ArrayList<>();
                }
                candidates.add(s);
            } else if (releaseClean) {
                s.unpin();
            }
        }
        if (candidates == null) {
            return null;
        }
        // second pass: decide what the first could not, member by member
        candidates.removeIf(s -> {
            Object o = s.object();
            if (o == null || check(s, o, true) == CLEAN) {
                if (releaseClean) {
                    s.unpin();
                }
                return true;
            }
            return false;
        });
        return candidates.isEmpty() ? null : candidates;
    }

    /** Whether a persistent object's columns or loaded relationships differ from its snapshot. */
    boolean isModified(EntityState s, Object o) {
        return check(s, o, true) != CLEAN;
    }

    /**
     * CLEAN, DIRTY, or (only when {@code mayLookUp} is false) UNSURE: deciding needs the
     * session's look-ups or a member-by-member comparison.
     */
    private int check(EntityState s, Object o, boolean mayLookUp) {
        Object[] snapshot = s.snapshot;
        if (snapshot == null) {
            return DIRTY;
        }
        int n = snapshot.length;
        if (scratch.length < n) {
            scratch = new int[Math.max(Math.max(n, 16), scratch.length * 2)]; // made at the first comparison
        }
        if (s.mapper.changedColumns(o, snapshot, scratch) > 0) {
            return DIRTY;
        }
        if (s.relationSnapshot.length == 0) {
            return CLEAN; // a class without relationships (its states share one empty array)
        }
        List<Relation<Object, ?>> relations = s.mapper.relations();
        int verdict = CLEAN;
        for (int i = 0, size = relations.size(); i < size; i++) {
            Relation<Object, ?> r = relations.get(i);
            if (!r.hasField()) {
                continue;
            }
            int v = r.isCollection() ? collection(s, r, o, mayLookUp) : reference(s, r, o, mayLookUp);
            if (v == DIRTY) {
                return DIRTY;
            }
            if (v == UNSURE) {
                verdict = UNSURE; // a later relationship may still prove it dirty
            }
        }
        return verdict;
    }

    private int reference(EntityState s, Relation<Object, ?> r, Object o, boolean mayLookUp) {
        Object value = s.mapper.getRelated(o, r.index());
        Object snapshot = s.relationSnapshot[r.index()];
        if (!(snapshot instanceof EntityState)) {
            return value == null ? CLEAN : DIRTY; // seen empty (or not seen): clean while still empty
        }
        if (value == null) {
            return DIRTY;
        }
        EntityState was = (EntityState) snapshot;
        if (was.object() == value) {
            return CLEAN;
        }
        if (!mayLookUp) {
            return UNSURE;
        }
        return core.knownStateOf(value) == was ? CLEAN : DIRTY;
    }

    private int collection(EntityState s, Relation<Object, ?> r, Object o, boolean mayLookUp) {
        int idx = r.index();
        Object value = s.mapper.getRelated(o, idx);
        Object snapshot = s.relationSnapshot[idx];
        LazyCollection own = owned(s, idx, value);
        if (own != null) {
            if (!own.isLoaded()) {
                return CLEAN; // never loaded, so never changed
            }
            if (!own.isModified() && snapshot != EntityState.UNKNOWN) {
                return CLEAN; // unchanged since the snapshot was taken from it
            }
        }
        if (!mayLookUp) {
            return UNSURE;
        }
        List<EntityState> old = Relations.snapshotStates(snapshot);
        if (old == null) {
            return DIRTY;
        }
        List<EntityState> now = new ArrayList<>();
        for (Object item : Relations.current(value)) {
            EntityState st = item == null ? null : core.knownStateOf(item);
            if (st == null) {
                return DIRTY;
            }
            now.add(st);
        }
        if (!Relations.sameMembers(old, now)) {
            return DIRTY;
        }
        if (own != null) {
            own.markClean(); // changed and changed back: the snapshot holds its members again
        }
        return CLEAN;
    }

    /** The session's own collection for this relationship of {@code s}, or {@code null}. */
    static LazyCollection owned(EntityState s, int relation, Object value) {
        if (!(value instanceof LazyCollection)) {
            return null;
        }
        LazyCollection lc = (LazyCollection) value;
        Object owner = lc.owner();
        return owner instanceof Loader.Slot && ((Loader.Slot) owner).state() == s
                && ((Loader.Slot) owner).relation() == relation ? lc : null;
    }
}
