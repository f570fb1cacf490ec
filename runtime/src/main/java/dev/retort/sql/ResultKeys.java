package dev.retort.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the result columns of a select list or a RETURNING clause, as SQLAlchemy chooses
 * them:
 *
 * <ul>
 *   <li>a table column keeps its name ({@code users.name} is {@code name}), and so does a CAST of
 *       one ({@code CAST(t.x AS INTEGER) AS x});
 *   <li>a label keeps its name;
 *   <li>a literal column ({@code literalColumn("1")}, {@code *}) is its text, rendered without a
 *       label;
 *   <li>a function call is labelled after its name and a counter ({@code count_1}, {@code
 *       count_2});
 *   <li>any other expression (arithmetic, comparisons, parameters, subqueries, CASTs of
 *       expressions) gets an anonymous label: {@code anon_1}, {@code anon_2}, ...
 * </ul>
 *
 * A name already taken gets a counter ({@code id}, {@code id_1}). Where the key differs from
 * {@link #naturalName} the compiler renders {@code AS key}, so a subquery's columns can be named by
 * the statement around it.
 */
public final class ResultKeys {
    private static final String ANON = "anon";

    private ResultKeys() {}

    /** The keys for {@code columns}, in order, all different. */
    public static List<String> of(List<? extends ColumnElement<?>> columns) {
        List<String> keys = new ArrayList<>(columns.size());
        Set<String> used = new HashSet<>();
        Map<String, Integer> counters = new HashMap<>();
        for (ColumnElement<?> c : columns) {
            String key = naturalName(c);
            if (key == null && c instanceof Label) {
                key = ((Label<?>) c).name();
            }
            if (key == null && c instanceof Cast && ((Cast<?>) c).expression().asColumn() != null) {
                key = ((Cast<?>) c).expression().asColumn().name();
            }
            if (key == null) {
                String stem = anonStem(c);
                do {
                    key = stem + "_" + counters.merge(stem, 1, Integer::sum);
                } while (used.contains(key));
            }
            String unique = key;
            int n = 0;
            while (!used.add(unique)) {
                unique = key + "_" + (++n);
            }
            keys.add(unique);
        }
        return Collections.unmodifiableList(keys);
    }

    /**
     * The name the database gives the expression's result column without a label: a table column's
     * name, a literal column's text; {@code null} for anything else.
     */
    public static String naturalName(ColumnElement<?> c) {
        if (c.asColumn() != null) {
            return c.asColumn().name();
        }
        if (c instanceof LiteralColumn) {
            return ((LiteralColumn<?>) c).text();
        }
        return null;
    }

    private static String anonStem(ColumnElement<?> c) {
        if (c instanceof FunctionCall) {
            String stem = ((FunctionCall<?>) c).name().replaceAll("\\W", "").toLowerCase(java.util.Locale.ROOT);
            return stem.isEmpty() ? ANON : stem;
        }
        return ANON;
    }
}
