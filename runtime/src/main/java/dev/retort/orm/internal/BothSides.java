package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import java.util.Collection;

/**
 * After a flush, both sides of every changed relationship agree where they are loaded: the
 * mirror field of a changed reference or collection is updated, an object that moved is let go
 * by its previous owner, and the relationship snapshots are taken again. Split from
 * {@link Flush}'s completion.
 */
final class BothSides {
    private final SessionCore core;

    BothSides(SessionCore core) {
        this.core = core;
    }

    void snapshotRelations(EntityState s) {
        Object o = s.object();
        if (o == null) {
            return;
        }
        for (Relation<Object, ?> r : s.mapper.relations()) {
            if (!r.hasField()) {
                continue;
            }
            Object value = s.mapper.getRelated(o, r.index());
            if (Relations.isUntouchedLazy(s, r, value)) {
                continue;
            }
            if (r.isCollection()) {
                s.relationSnapshot[r.index()] = core.loader.statesOf(Relations.current(value));
                LazyCollection own = ChangeDetector.owned(s, r.index(), value);
                if (own != null) {
                    own.markClean();
                }
            } else {
                EntityState t = value == null ? null : core.stateOf(value);
                s.relationSnapshot[r.index()] = t == null ? EntityState.NONE : t;
            }
        }
    }

    /**
     * {@code target} moved away from {@code previous} (its reference now names another owner):
     * the previous owner's side of {@code r} no longer holds it, where it is loaded.
     */
    @SuppressWarnings("unchecked")
    void letGo(Object previous, Relation<?, ?> r, Object target) {
        EntityState ps = core.stateOf(previous);
        if (ps == null || ps.status() != EntityState.Status.PERSISTENT || r.index() >= ps.mapper.relations().size() || ps.mapper.relations().get(r.index()) != r) {
            return;
        }
        Object value = ps.mapper.getRelated(previous, r.index());
        if (r.isCollection()) {
            if (value instanceof Collection && !Relations.isUntouchedLazy(ps, r, value)) {
                Relations.removeIdentity((Collection<Object>) value, target);
            }
        } else if (value == target) {
            ps.mapper.setRelated(previous, r.index(), null);
        }
        snapshotRelations(ps);
    }

    /** Makes the mirror side of a changed relationship agree, where it is loaded. */
    @SuppressWarnings("unchecked")
    void backSync(FlushPlan.BackSync b) {
        Relation<?, ?> reverse = b.relation().reverse();
        Object target = b.target().object();
        Object owner = b.owner().object();
        EntityState.Status ts = b.target().status();
        if (reverse == null || !reverse.hasField() || target == null || owner == null
                || !(ts == EntityState.Status.PERSISTENT || (!b.add() && ts == EntityState.Status.DELETED))) {
            return; // (a removed child deleted as an orphan lets go of its parent too)
        }
        EntityMapper<Object> tm = b.target().mapper;
        int idx = reverse.index();
        Object value = tm.getRelated(target, idx);
        if (reverse.isCollection()) {
            if (Relations.isUntouchedLazy(b.target(), reverse, value) || !(value instanceof Collection)) {
                return;
            }
            Collection<Object> c = (Collection<Object>) value;
            boolean has = Relations.containsIdentity(c, owner);
            if (b.add() && !has) {
                c.add(owner);
            } else if (!b.add() && has) {
                Relations.removeIdentity(c, owner);
            }
        } else if (b.add()) {
            if (value != owner) {
                tm.setRelated(target, idx, owner);
                if (value != null) {
                    letGo(value, b.relation(), target);
                }
            }
        } else if (value == owner) {
            tm.setRelated(target, idx, null);
        }
        snapshotRelations(b.target());
    }
}
