package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How a {@link Select} orders its FROM items, as SQLAlchemy does: items inside a join are not
 * repeated, and {@code join()} finds its left side among them. Stateless.
 */
final class FromList {
    private FromList() {}

    /**
     * Which FROM item {@code target} joins to, as SQLAlchemy decides it: the only one; else the
     * one whose columns, with the target's, cover the ON clause (any, when none does), or without
     * an ON clause the one a foreign key connects to the target.
     *
     * @throws ArgumentException when several FROM items qualify, or none can join the target
     */
    static int leftSide(List<FromClause> fs, FromClause target, ColumnElement<Boolean> on) {
        if (fs.size() == 1) {
            return 0;
        }
        List<Integer> candidates = new ArrayList<>();
        Set<Column<?>> onColumns = on == null ? Set.of() : columnsOf(on);
        for (int i = 0; i < fs.size(); i++) {
            FromClause f = fs.get(i);
            if (on != null ? ownsAll(f, target, onColumns) : canJoin(f, target)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty() && on != null) {
            for (int i = 0; i < fs.size(); i++) {
                candidates.add(i);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new ArgumentException("Don't know how to join to " + Join.describe(target)
                    + ": no FROM item has a foreign key to it; pass the ON condition explicitly: join(right, condition)");
        }
        throw new ArgumentException("Can't determine which FROM item to join " + Join.describe(target) + " to: "
                + candidates.size() + " of them can; build the join yourself, selectFrom(left.join(right, condition)),"
                + " to choose the left side");
    }

    private static Set<Column<?>> columnsOf(ClauseElement e) {
        Set<Column<?>> cols = new LinkedHashSet<>();
        Consumer<ClauseElement> collector = new Consumer<>() {
            @Override
            public void accept(ClauseElement c) {
                if (c instanceof Column) {
                    cols.add((Column<?>) c);
                } else if (c instanceof ColumnElement) {
                    ((ColumnElement<?>) c).children(this);
                }
            }
        };
        collector.accept(e);
        return cols;
    }

    private static boolean ownsAll(FromClause f, FromClause target, Set<Column<?>> cols) {
        for (Column<?> c : cols) {
            if (!f.owns(c) && !target.owns(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean canJoin(FromClause f, FromClause target) {
        try {
            Join.inferOnClause(f, target);
            return true;
        } catch (ArgumentException e) {
            return false;
        }
    }

    /**
     * {@code froms} without the items that are part of a join in the list: a table inside an
     * explicit join is not repeated as a FROM item of its own (which would be a cross join), as
     * SQLAlchemy's display FROMs hide them.
     */
    static List<FromClause> withoutJoined(List<FromClause> froms) {
        List<Join> joins = new ArrayList<>();
        for (FromClause f : froms) {
            if (f instanceof Join) {
                joins.add((Join) f);
            }
        }
        if (joins.isEmpty()) {
            return froms;
        }
        List<FromClause> kept = new ArrayList<>(froms.size());
        for (FromClause f : froms) {
            boolean hidden = false;
            for (Join j : joins) {
                if (j != f && j.contains(f)) {
                    hidden = true;
                    break;
                }
            }
            if (!hidden && !kept.contains(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    static boolean covered(List<FromClause> froms, FromClause f) {
        for (FromClause existing : froms) {
            if (existing == f || (existing instanceof Join && ((Join) existing).contains(f))) {
                return true;
            }
        }
        return false;
    }
}
