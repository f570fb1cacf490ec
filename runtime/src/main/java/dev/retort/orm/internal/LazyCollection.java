package dev.retort.orm.internal;

import java.util.Collection;
import java.util.List;

/** A relationship collection installed by the session, which can tell whether it has loaded. */
public interface LazyCollection {

    /** Who installed it: the session's token for one object's relationship. */
    Object owner();

    /** Whether the related objects have been loaded. */
    boolean isLoaded();

    /** The loaded items, or {@code null} when not loaded; never triggers loading. */
    Collection<?> loadedItems();

    /**
     * Whether the items changed since the session last took the relationship's snapshot (a
     * change through the collection, its iterators or views; a change that was undone counts).
     */
    boolean isModified();

    /** The session took the relationship's snapshot from the current items. */
    void markClean();

    /** Replaces the contents with freshly loaded objects (eager loading, refresh). */
    void replaceLoaded(List<?> loaded);
}
