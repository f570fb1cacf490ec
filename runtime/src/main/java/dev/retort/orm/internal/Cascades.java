package dev.retort.orm.internal;

import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The cascades a session runs at once, as SQLAlchemy's: delete (persistent objects reachable
 * through relationships that cascade DELETE are marked too), expunge, and refresh. The
 * save-update cascade runs at the flush instead ({@link Flush}).
 */
final class Cascades {
    private Cascades() {}

    /**
     * The delete cascade, at once (as SQLAlchemy's): persistent objects reachable through
     * relationships that cascade DELETE are marked too (an unloaded collection is loaded for it).
     */
    static void delete(SessionCore core, EntityState s) {
        Object o = s.object();
        if (o == null) {
            return;
        }
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (!r.hasField() || !r.cascades(CascadeOption.DELETE)) {
                continue;
            }
            Object value = s.mapper.getRelated(o, r.index());
            Collection<?> items = value instanceof Collection ? new ArrayList<>((Collection<?>) value)
                    : value == null ? List.of() : List.of(value);
            for (Object item : items) {
                EntityState is = item == null ? null : core.stateOf(item);
                if (is != null && is.status() == EntityState.Status.PERSISTENT) {
                    core.markDeleted(is);
                    delete(core, is);
                }
            }
        }
    }

    /** The object leaves the session, and through loaded relationships that cascade EXPUNGE, what it refers to. */
    static void expunge(SessionCore core, EntityState s, Set<EntityState> seen) {
        if (!seen.add(s)) {
            return;
        }
        Object o = s.object();
        core.detach(s);
        if (o == null) {
            return;
        }
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (r.hasField() && r.cascades(CascadeOption.EXPUNGE)) {
                for (Object related : Loader.loadedItems(s.mapper.getRelated(o, r.index()))) {
                    EntityState rs = core.stateOf(related);
                    if (rs != null) {
                        expunge(core, rs, seen);
                    }
                }
            }
        }
    }

    /** The object and, through loaded relationships that cascade REFRESH, the objects it refers to. */
    static void refresh(SessionCore core, EntityState s, List<EntityState> out) {
        if (out.contains(s)) {
            return;
        }
        out.add(s);
        Object o = s.object();
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (o != null && r.hasField() && r.cascades(CascadeOption.REFRESH)) {
                for (Object related : Loader.loadedItems(s.mapper.getRelated(o, r.index()))) {
                    EntityState rs = core.stateOf(related);
                    if (rs != null && rs.status() == EntityState.Status.PERSISTENT) {
                        refresh(core, rs, out);
                    }
                }
            }
        }
    }
}
