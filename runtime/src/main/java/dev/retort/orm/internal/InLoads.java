package dev.retort.orm.internal;

import dev.retort.dialect.Dialect;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.BinaryExpression;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.ExpressionList;
import dev.retort.sql.Operator;
import dev.retort.sql.Select;
import dev.retort.sql.SqlTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of loads by many keys at once (selectin eager loads, many-to-one references):
 * {@code SELECT ... WHERE key IN (?, ?, ...)} with a fixed number of parameters, so a statement
 * is compiled once per (relationship, count) and reused with other keys. The counts are padded
 * by the dialect ({@link Dialect#inListPadding}); the padding repeats the last key, which
 * changes nothing in the result. See {@code docs/design/loading.md}.
 */
final class InLoads {
    private InLoads() {}

    /** {@code SELECT <all columns> FROM t WHERE pk IN (...)} for {@code keys} keys. */
    static Select byKey(EntityMapper<?> m, int[] primaryKey, int keys) {
        return Select.of(m.table()).where(keyIn(Loader.columnsAt(m.table(), primaryKey), keys));
    }

    /** The SELECT of the targets of {@code r} for {@code keys} owner keys, in the relationship's order. */
    static Select related(Relation<?, ?> r, int keys) {
        EntityMapper<?> tm = r.targetMapper();
        Select s;
        List<Column<?>> remote;
        if (r.kind() == Relation.Kind.MANY_TO_MANY) {
            remote = r.secondaryLocalColumns();
            List<ClauseElement> items = new ArrayList<>(tm.table().columns().list());
            items.addAll(remote);
            s = Select.of(items.toArray(new ClauseElement[0]))
                    .selectFrom(tm.table().join(r.secondary(), r.joinCondition(r.secondary(), tm.table())));
        } else {
            remote = r.remoteColumns();
            s = Select.of(tm.table());
        }
        return s.where(keyIn(remote, keys)).orderBy(Loader.orderBy(r, tm));
    }

    /**
     * {@code c IN (:k_0, ..., :k_n-1)} for one column, {@code (c1 = :k_0_0 AND c2 = :k_0_1) OR ...}
     * for several: parameters in key order, each key's columns in order.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ColumnElement<Boolean> keyIn(List<Column<?>> columns, int keys) {
        if (columns.size() == 1) {
            Column<?> c = columns.get(0);
            List<ColumnElement<?>> binds = new ArrayList<>(keys);
            for (int i = 0; i < keys; i++) {
                binds.add(BindParameter.required("k_" + i, (dev.retort.sql.SqlType) c.type()));
            }
            return new BinaryExpression<>(c, Operator.IN, new ExpressionList(binds), SqlTypes.BOOLEAN);
        }
        List<ColumnElement<Boolean>> ors = new ArrayList<>(keys);
        for (int i = 0; i < keys; i++) {
            List<ColumnElement<Boolean>> ands = new ArrayList<>(columns.size());
            for (int j = 0; j < columns.size(); j++) {
                Column<Object> c = (Column<Object>) columns.get(j);
                ands.add(c.eq(BindParameter.required("k_" + i + "_" + j, c.type())));
            }
            ors.add(BooleanClauseList.of(Operator.AND, ands));
        }
        return BooleanClauseList.of(Operator.OR, ors);
    }

    /**
     * The parameter values for {@code keys} (single values, or lists for composite keys) padded to
     * {@code padded} keys by repeating the last one.
     */
    static Object[] values(List<Object> keys, int columns, int padded) {
        Object[] v = new Object[padded * columns];
        int n = keys.size();
        for (int i = 0; i < padded; i++) {
            Object k = keys.get(Math.min(i, n - 1));
            if (columns == 1) {
                v[i] = k;
            } else {
                List<?> parts = (List<?>) k;
                for (int j = 0; j < columns; j++) {
                    v[i * columns + j] = parts.get(j);
                }
            }
        }
        return v;
    }
}
