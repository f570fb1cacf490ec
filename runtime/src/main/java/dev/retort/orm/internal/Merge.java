package dev.retort.orm.internal;

import dev.retort.exc.StaleDataException;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * {@code session.merge}: copies an object's state onto the session's object with the same key
 * (from the identity map or loaded from the database), or adds a copy when there is none, and
 * follows relationships that cascade MERGE. The given object itself is not attached.
 */
final class Merge {
    private final SessionCore core;
    private final Map<Object, Object> merged = new IdentityHashMap<>();

    Merge(SessionCore core) {
        this.core = core;
    }

    @SuppressWarnings("unchecked")
    <E> E merge(E object) {
        Object done = merged.get(object);
        if (done != null) {
            return (E) done;
        }
        EntityMapper<Object> m = core.mapperOf(object);
        EntityState own = core.stateOf(object);
        if (own != null && own.status() != EntityState.Status.DETACHED) {
            return object;
        }
        Object id = m.primaryKey(object);
        EntityState existing = null;
        if (id != null) {
            existing = core.identityMap.get(m, id);
            if (existing != null && core.isExpired(existing)) {
                core.autoflush();
                core.loader.loadByKey(m, id); // expired by a commit: compare with the row, not a stale copy
                existing = core.identityMap.get(m, id);
            }
            if (existing == null) {
                core.autoflush();
                if (core.loader.loadByKey(m, id) != null) {
                    existing = core.identityMap.get(m, id);
                }
            }
        }
        Object[] values = new Object[m.attributes().size()];
        m.readValues(object, values, 0);
        checkVersion(m, object, existing);
        Object target;
        if (existing == null || existing.object() == null) {
            target = m.newInstance(values, 0);
            merged.put(object, target);
            core.addState(m, target);
        } else if (m.isImmutable()) {
            existing.replace(object);
            merged.put(object, object);
            return object;
        } else {
            target = existing.object();
            merged.put(object, target);
            m.populate(target, values, 0);
        }
        for (Relation<Object, ?> r : m.relations()) {
            if (!r.hasField() || !r.cascades(CascadeOption.MERGE)) {
                continue;
            }
            Object value = m.getRelated(object, r.index());
            if (value instanceof LazyCollection && !((LazyCollection) value).isLoaded()) {
                continue; // never loaded where it came from: nothing to merge
            }
            if (r.isCollection()) {
                Collection<Object> items = new ArrayList<>();
                for (Object item : Loader.loadedItems(value)) {
                    items.add(merge(item));
                }
                Object coll = r.collectionType() == Relation.CollectionType.SET ? new LinkedHashSet<>(items)
                        : new ArrayList<>(items);
                m.setRelated(target, r.index(), coll);
            } else {
                m.setRelated(target, r.index(), value == null ? null : merge(value));
            }
        }
        return (E) target;
    }

    /**
     * As SQLAlchemy: merging state whose version counter differs from the row's raises, since it
     * was read before someone else's change. A {@code null} version merges onto the latest.
     */
    private static void checkVersion(EntityMapper<Object> m, Object object, EntityState existing) {
        int v = m.versionIndex();
        Object target = existing == null ? null : existing.object();
        if (v < 0 || target == null) {
            return;
        }
        Object given = m.get(object, v);
        Object current = m.get(target, v);
        if (given != null && !isZero(given) && !given.equals(current)) {
            throw new StaleDataException("Version id '" + given + "' on merged state "
                    + SessionCore.describe(m, object) + " does not match existing version '" + current + "'. Leave "
                    + "the version attribute unset (null) when merging to update the most recent version");
        }
    }

    private static boolean isZero(Object v) {
        return v instanceof Number && ((Number) v).longValue() == 0L;
    }
}
