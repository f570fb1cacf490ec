package dev.retort.orm.internal;

/**
 * The session's count of its own relationship collections that changed since they were last
 * flushed or loaded. A collection reports itself once, on its first change after a snapshot;
 * the count is cleared after a successful flush. Lets a lazy load or a {@code get} decide in
 * O(1) whether a collection change is waiting to be flushed (see
 * {@code docs/design/change-detection.md}).
 */
final class CollectionChanges {
    private int changed;

    /** A collection changed for the first time since its snapshot. */
    void changed() {
        changed++;
    }

    /** Whether any collection changed since the last flush. */
    boolean any() {
        return changed != 0;
    }

    /** After a flush: every changed collection of a persistent object has a new snapshot. */
    void clear() {
        changed = 0;
    }
}
