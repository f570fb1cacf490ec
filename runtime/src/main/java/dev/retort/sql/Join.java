package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code left [LEFT OUTER] JOIN right ON condition}. Without an explicit condition the ON clause
 * is inferred from the foreign keys between the two sides, as SQLAlchemy does; when there is no
 * foreign key, or more than one, construction fails with a message that asks for an explicit
 * condition.
 */
public final class Join implements FromClause {
    private final FromClause left;
    private final FromClause right;
    private final ColumnElement<Boolean> onClause;
    private final boolean outer;
    private final ColumnCollection columns;

    /**
     * {@code left JOIN right ON onClause}, or {@code LEFT OUTER JOIN} when {@code outer}. A
     * {@code null} condition is inferred from the foreign keys ({@link #inferOnClause}).
     *
     * @throws ArgumentException when the condition must be inferred and there is no foreign key
     *     between the two sides, or more than one
     */
    public Join(FromClause left, FromClause right, ColumnElement<Boolean> onClause, boolean outer) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        this.outer = outer;
        this.onClause = onClause != null ? onClause : inferOnClause(left, right);
        List<Column<?>> cols = new ArrayList<>(left.columns().list());
        cols.addAll(right.columns().list());
        this.columns = new ColumnCollection("join", cols);
    }

    /**
     * The ON condition joining {@code left} to {@code right} through their foreign keys.
     *
     * @throws ArgumentException when there is no foreign key between them, or several
     */
    public static ColumnElement<Boolean> inferOnClause(FromClause left, FromClause right) {
        Map<ForeignKeyConstraint, List<ColumnElement<Boolean>>> found = new LinkedHashMap<>();
        collect(right, left, found);
        collect(left, right, found);
        if (found.isEmpty()) {
            throw new ArgumentException("Can't find any foreign key relationships between " + describe(left)
                    + " and " + describe(right) + "; pass the ON condition explicitly: join(right, condition)");
        }
        if (found.size() > 1) {
            throw new ArgumentException("Can't determine the join between " + describe(left) + " and "
                    + describe(right) + ": there are " + found.size() + " foreign key constraints between them "
                    + found.keySet() + "; pass the ON condition explicitly: join(right, condition)");
        }
        List<ColumnElement<Boolean>> conds = found.values().iterator().next();
        return conds.size() == 1 ? conds.get(0) : BooleanClauseList.of(Operator.AND, conds);
    }

    /** Conditions for foreign keys of {@code referencing} that point into {@code referenced}. */
    private static void collect(FromClause referencing, FromClause referenced,
            Map<ForeignKeyConstraint, List<ColumnElement<Boolean>>> out) {
        for (ForeignKey fk : referencing.foreignKeys()) {
            if (!fk.isResolvable()) {
                continue;
            }
            Column<?> target = corresponding(referenced, fk.column());
            Column<?> source = corresponding(referencing, fk.parent());
            if (target == null || source == null) {
                continue;
            }
            ForeignKeyConstraint key = fk.constraint();
            if (out.containsKey(key) && out.get(key).size() >= key.elements().size()) {
                continue; // same constraint seen from the other side (self-referential alias)
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(eq(target, source));
        }
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(Column<?> a, Column<?> b) {
        return ((Column<Object>) a).eq((ColumnElement<Object>) b);
    }

    /** The column of {@code from} standing for base column {@code base}, or {@code null}. */
    static Column<?> corresponding(FromClause from, Column<?> base) {
        for (Column<?> c : from.columns()) {
            if (c.baseColumn() == base) {
                return c;
            }
        }
        return null;
    }

    static String describe(FromClause f) {
        if (f instanceof Table) {
            return "'" + ((Table) f).fullName() + "'";
        }
        if (f instanceof NamedFromClause) {
            return "'" + ((NamedFromClause) f).name() + "'";
        }
        return f.toString();
    }

    /** The left side: a table, alias, subquery or an earlier join. */
    public FromClause left() {
        return left;
    }

    /** The FROM item joined to the left side. */
    public FromClause right() {
        return right;
    }

    /** The ON condition, as given or inferred from foreign keys. */
    public ColumnElement<Boolean> onClause() {
        return onClause;
    }

    /** Whether this is a {@code LEFT OUTER JOIN} rather than an inner {@code JOIN}. */
    public boolean isOuter() {
        return outer;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    @Override
    public List<Table> baseTables() {
        List<Table> list = new ArrayList<>(left.baseTables());
        list.addAll(right.baseTables());
        return list;
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> list = new ArrayList<>(left.foreignKeys());
        list.addAll(right.foreignKeys());
        return list;
    }

    /** Whether {@code f} is one of the FROM items this join is made of. */
    public boolean contains(FromClause f) {
        if (left == f || right == f) {
            return true;
        }
        return (left instanceof Join && ((Join) left).contains(f)) || (right instanceof Join && ((Join) right).contains(f));
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitJoin(this);
    }

    @Override
    public String toString() {
        return compile().sql();
    }
}
