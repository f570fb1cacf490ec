package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A SELECT statement. Immutable: every method returns a new statement.
 *
 * <pre>{@code
 * select(users)                                             // SELECT users.id, users.name, users.fullname FROM users
 * select(users.c("name"), users.c("fullname"))
 * select(users, addresses).where(users.c("id").eq(addresses.c("user_id")))
 * select(users).join(addresses).where(addresses.c("email_address").like("%@gmail.com"))
 * select(users.c("name"), count()).groupBy(users.c("name")).having(count().gt(1L))
 * select(users).orderBy(users.c("id").desc()).limit(10).offset(20)
 * }</pre>
 *
 * <p>The FROM list is the items given with {@link #selectFrom} or {@link #join}, then the tables
 * of the columns and conditions used; an item that is part of a join in the list is not repeated.
 * Inside another statement (not as a FROM subquery), tables the enclosing statement already
 * selects from are correlated (left out of the inner FROM).
 */
public final class Select implements Executable {
    private final List<ColumnElement<?>> columns;
    private final List<FromClause> froms;
    private final List<ClauseElement> where;
    private final List<ColumnElement<?>> orderBy;
    private final List<ColumnElement<?>> groupBy;
    private final List<ColumnElement<Boolean>> having;
    private final boolean distinct;
    private final Integer limit;
    private final Integer offset;
    private final boolean forUpdate;
    private volatile List<String> resultKeys;

    private Select(List<ColumnElement<?>> columns, List<FromClause> froms, List<ClauseElement> where,
            List<ColumnElement<?>> orderBy, List<ColumnElement<?>> groupBy, List<ColumnElement<Boolean>> having,
            boolean distinct, Integer limit, Integer offset, boolean forUpdate) {
        this.columns = columns;
        this.froms = froms;
        this.where = where;
        this.orderBy = orderBy;
        this.groupBy = groupBy;
        this.having = having;
        this.distinct = distinct;
        this.limit = limit;
        this.offset = offset;
        this.forUpdate = forUpdate;
    }

    /**
     * A SELECT of the given items: column expressions, or FROM items (tables, aliases,
     * subqueries, joins) which contribute all their columns.
     */
    public static Select of(ClauseElement... items) {
        List<ColumnElement<?>> cols = new ArrayList<>();
        List<FromClause> froms = new ArrayList<>();
        addItems(items, cols, froms);
        return new Select(List.copyOf(cols), List.copyOf(froms), List.of(), List.of(), List.of(), List.of(),
                false, null, null, false);
    }

    private static void addItems(ClauseElement[] items, List<ColumnElement<?>> cols, List<FromClause> froms) {
        for (ClauseElement item : items) {
            Objects.requireNonNull(item, "select item");
            if (item instanceof ColumnElement) {
                cols.add((ColumnElement<?>) item);
            } else if (item instanceof FromClause) {
                FromClause f = (FromClause) item;
                cols.addAll(f.columns().list());
                // a join is kept whole; a table, alias or subquery is found again from its columns, so that
                // explicit selectFrom() items come first and enclosing statements correlate it, as in SQLAlchemy
                if (f instanceof Join && !froms.contains(f)) {
                    froms.add(f);
                }
            } else {
                throw new ArgumentException("select() takes columns, expressions and tables, not " + item);
            }
        }
    }

    private Select copy(List<ColumnElement<?>> columns, List<FromClause> froms, List<ClauseElement> where,
            List<ColumnElement<?>> orderBy, List<ColumnElement<?>> groupBy, List<ColumnElement<Boolean>> having,
            boolean distinct, Integer limit, Integer offset, boolean forUpdate) {
        return new Select(columns, froms, where, orderBy, groupBy, having, distinct, limit, offset, forUpdate);
    }

    private static <E> List<E> plus(List<E> list, List<? extends E> more) {
        List<E> out = new ArrayList<>(list.size() + more.size());
        out.addAll(list);
        for (E e : more) {
            out.add(Objects.requireNonNull(e));
        }
        return Collections.unmodifiableList(out);
    }

    // ------------------------------------------------------------------ building

    /** Adds WHERE conditions, joined to existing ones with AND. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public final Select where(ColumnElement<Boolean>... conditions) {
        return copy(columns, froms, plus(where, List.of(conditions)), orderBy, groupBy, having, distinct, limit,
                offset, forUpdate);
    }

    /** Adds a textual WHERE condition: {@code where(text("id > :min"))}. */
    public Select where(TextClause condition) {
        return copy(columns, froms, plus(where, List.of(condition)), orderBy, groupBy, having, distinct, limit,
                offset, forUpdate);
    }

    /** Adds WHERE conditions from a list. */
    public Select where(List<? extends ColumnElement<Boolean>> conditions) {
        return copy(columns, froms, plus(where, conditions), orderBy, groupBy, having, distinct, limit, offset,
                forUpdate);
    }

    /** Adds columns to the select list. */
    public Select addColumns(ClauseElement... items) {
        List<ColumnElement<?>> cols = new ArrayList<>(columns);
        List<FromClause> fs = new ArrayList<>(froms);
        addItems(items, cols, fs);
        return copy(List.copyOf(cols), List.copyOf(fs), where, orderBy, groupBy, having, distinct, limit, offset,
                forUpdate);
    }

    /** Replaces the select list, keeping everything else. */
    public Select withOnlyColumns(ClauseElement... items) {
        List<ColumnElement<?>> cols = new ArrayList<>();
        List<FromClause> fs = new ArrayList<>();
        addItems(items, cols, fs);
        for (FromClause f : froms) {
            if (f instanceof Join && !fs.contains(f)) {
                fs.add(f);
            }
        }
        return copy(List.copyOf(cols), List.copyOf(fs), where, orderBy, groupBy, having, distinct, limit, offset,
                forUpdate);
    }

    /** Sets the FROM items explicitly (added to those inferred from the columns). */
    public Select selectFrom(FromClause... from) {
        List<FromClause> fs = new ArrayList<>(froms);
        for (FromClause f : from) {
            if (!fs.contains(f)) {
                fs.add(Objects.requireNonNull(f));
            }
        }
        return copy(columns, List.copyOf(fs), where, orderBy, groupBy, having, distinct, limit, offset, forUpdate);
    }

    /**
     * Joins {@code target} to the FROM item a foreign key connects it to (the only FROM item, when
     * there is one), the ON clause inferred from that foreign key.
     *
     * @throws ArgumentException when no FROM item, or several, can join {@code target}
     */
    public Select join(FromClause target) {
        return joinFrom(target, null, false);
    }

    /**
     * Joins {@code target} on a condition, to the FROM item whose columns the condition uses (the
     * only FROM item, when there is one).
     *
     * @throws ArgumentException when several FROM items qualify
     */
    public Select join(FromClause target, ColumnElement<Boolean> on) {
        return joinFrom(target, Objects.requireNonNull(on, "on"), false);
    }

    /** LEFT OUTER JOIN of {@code target}, the left side and ON clause found as by {@link #join(FromClause)}. */
    public Select outerJoin(FromClause target) {
        return joinFrom(target, null, true);
    }

    /**
     * LEFT OUTER JOIN of {@code target} on a condition, the left side found as by
     * {@link #join(FromClause, ColumnElement)}.
     */
    public Select outerJoin(FromClause target, ColumnElement<Boolean> on) {
        return joinFrom(target, Objects.requireNonNull(on, "on"), true);
    }

    private Select joinFrom(FromClause target, ColumnElement<Boolean> on, boolean outer) {
        List<FromClause> fs = new ArrayList<>(inferredFroms(List.of()));
        if (fs.isEmpty()) {
            throw new ArgumentException("Nothing to join " + target + " to: select from a table first");
        }
        fs.remove(target);
        if (fs.isEmpty()) {
            throw new ArgumentException("Nothing to join " + target + " to but itself: select from another table first");
        }
        int leftIndex = FromList.leftSide(fs, target, on);
        fs.set(leftIndex, new Join(fs.get(leftIndex), target, on, outer));
        return copy(columns, List.copyOf(fs), where, orderBy, groupBy, having, distinct, limit, offset, forUpdate);
    }

    /** Adds ORDER BY expressions; use {@code .desc()} on an expression for descending order. */
    public Select orderBy(ColumnElement<?>... expressions) {
        return copy(columns, froms, where, plus(orderBy, List.of(expressions)), groupBy, having, distinct, limit,
                offset, forUpdate);
    }

    /** Adds GROUP BY expressions. */
    public Select groupBy(ColumnElement<?>... expressions) {
        return copy(columns, froms, where, orderBy, plus(groupBy, List.of(expressions)), having, distinct, limit,
                offset, forUpdate);
    }

    /** Adds HAVING conditions, joined with AND. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public final Select having(ColumnElement<Boolean>... conditions) {
        return copy(columns, froms, where, orderBy, groupBy, plus(having, List.of(conditions)), distinct, limit,
                offset, forUpdate);
    }

    /** SELECT DISTINCT. */
    public Select distinct() {
        return copy(columns, froms, where, orderBy, groupBy, having, true, limit, offset, forUpdate);
    }

    /** Returns at most {@code n} rows. */
    public Select limit(int n) {
        if (n < 0) {
            throw new ArgumentException("limit must not be negative: " + n);
        }
        return copy(columns, froms, where, orderBy, groupBy, having, distinct, n, offset, forUpdate);
    }

    /** Skips the first {@code n} rows. */
    public Select offset(int n) {
        if (n < 0) {
            throw new ArgumentException("offset must not be negative: " + n);
        }
        return copy(columns, froms, where, orderBy, groupBy, having, distinct, limit, n, forUpdate);
    }

    /** SELECT ... FOR UPDATE, where the database supports it. */
    public Select forUpdate() {
        return copy(columns, froms, where, orderBy, groupBy, having, distinct, limit, offset, true);
    }

    /** This SELECT as a FROM item named {@code name}: {@code (SELECT ...) AS name}. */
    public Subquery subquery(String name) {
        return new Subquery(this, name);
    }

    /** This SELECT as a single value: {@code (SELECT max(x) FROM ...)}. */
    @SuppressWarnings("unchecked")
    public <T> ScalarSubquery<T> scalarSubquery() {
        if (columns.size() != 1) {
            throw new ArgumentException("A scalar subquery selects exactly one column, not " + columns.size());
        }
        return new ScalarSubquery<>(this, (SqlType<T>) columns.get(0).type());
    }

    /** {@code EXISTS (this)}. */
    public Exists exists() {
        return new Exists(this);
    }

    // ------------------------------------------------------------------ reading

    /** The selected expressions, tables expanded into their columns. */
    public List<ColumnElement<?>> selectedColumns() {
        return columns;
    }

    /**
     * The keys the result row exposes for each selected expression: a column's name, a label's
     * name, a function's name with a counter ({@code count_1}), else an anonymous label
     * ({@code anon_1}); repeated names get a suffix ({@code id}, {@code id_1}). See
     * {@link ResultKeys}.
     */
    public List<String> resultKeys() {
        List<String> keys = resultKeys;
        if (keys == null) {
            keys = computeKeys();
            resultKeys = keys;
        }
        return keys;
    }

    private List<String> computeKeys() {
        return ResultKeys.of(columns);
    }

    /** The explicitly given FROM items (from {@link #selectFrom}, {@link #join} or joins passed to select). */
    public List<FromClause> explicitFroms() {
        return froms;
    }

    /**
     * The FROM items in order: explicit ones, then the tables of columns and conditions not
     * already covered, leaving out those in {@code correlated} (tables of enclosing statements).
     */
    public List<FromClause> inferredFroms(List<FromClause> correlated) {
        List<FromClause> out = new ArrayList<>(froms);
        Consumer<ClauseElement> collector = new Consumer<>() {
            @Override
            public void accept(ClauseElement e) {
                if (e instanceof Column) {
                    FromClause t = ((Column<?>) e).table();
                    if (t != null && !FromList.covered(out, t)) {
                        out.add(t);
                    }
                } else if (e instanceof ColumnElement) {
                    ((ColumnElement<?>) e).children(this);
                }
            }
        };
        columns.forEach(collector);
        where.forEach(collector);
        orderBy.forEach(collector);
        groupBy.forEach(collector);
        having.forEach(collector);
        List<FromClause> shown = FromList.withoutJoined(out);
        if (!correlated.isEmpty()) {
            List<FromClause> kept = new ArrayList<>();
            for (FromClause f : shown) {
                if (!froms.contains(f) && FromList.covered(correlated, f)) {
                    continue;
                }
                kept.add(f);
            }
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        return shown;
    }

    /** The WHERE conditions (expressions or {@link TextClause}s), rendered joined with AND. */
    public List<ClauseElement> whereClauses() {
        return where;
    }

    /** The ORDER BY expressions, in order. */
    public List<ColumnElement<?>> orderByClauses() {
        return orderBy;
    }

    /** The GROUP BY expressions, in order. */
    public List<ColumnElement<?>> groupByClauses() {
        return groupBy;
    }

    /** The HAVING conditions, rendered joined with AND. */
    public List<ColumnElement<Boolean>> havingClauses() {
        return having;
    }

    /** Whether this is a {@code SELECT DISTINCT}. */
    public boolean isDistinct() {
        return distinct;
    }

    /** The LIMIT, or {@code null}. */
    public Integer limitValue() {
        return limit;
    }

    /** The OFFSET, or {@code null}. */
    public Integer offsetValue() {
        return offset;
    }

    /** Whether {@code FOR UPDATE} is appended, to lock the selected rows. */
    public boolean isForUpdate() {
        return forUpdate;
    }

    @Override
    public boolean returnsRows() {
        return true;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitSelect(this);
    }

    @Override
    public String toString() {
        return compile().sql();
    }
}
