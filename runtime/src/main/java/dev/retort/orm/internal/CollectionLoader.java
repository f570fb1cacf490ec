package dev.retort.orm.internal;

import java.util.List;

/** Loads the contents of a lazy relationship collection; the session provides one per collection. */
@FunctionalInterface
interface CollectionLoader {

    /**
     * The related objects, in the relationship's order.
     *
     * @throws dev.retort.exc.DetachedInstanceException when the owner's session is closed
     * @throws dev.retort.exc.LazyLoadException when the relationship must not load lazily
     */
    List<Object> load();
}
