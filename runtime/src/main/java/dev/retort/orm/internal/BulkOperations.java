package dev.retort.orm.internal;

import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.exc.BindParameterException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.NamedQuery;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Operator;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Work that goes around the identity map: SQLAlchemy's bulk insert and update of plain mappings,
 * and {@code @Query} named queries.
 */
public final class BulkOperations {
    private final SessionCore core;

    /** Bulk operations that run in {@code core}'s transaction. */
    public BulkOperations(SessionCore core) {
        this.core = core;
    }

    /**
     * INSERTs one row per mapping (attribute or column name → value), batched per set of keys; no
     * objects are made and nothing enters the identity map.
     *
     * @return the number of rows inserted
     */
    public int bulkInsertMappings(EntityMapper<?> m, List<? extends Map<String, ?>> mappings) {
        core.checkUsable();
        int total = 0;
        for (Map.Entry<Set<String>, List<Map<String, ?>>> group : byKeys(mappings).entrySet()) {
            List<Attribute<?, ?>> attrs = attributes(m, group.getKey(), "insert");
            List<String> columns = new ArrayList<>();
            for (Attribute<?, ?> a : attrs) {
                columns.add(a.column().name());
            }
            Compiled c = core.dialect().sqlCompiler().compile(m.table().insert(), columns);
            List<dev.retort.sql.compile.CompiledParameter> params = c.parameters();
            List<Object[]> rows = new ArrayList<>(group.getValue().size());
            for (Map<String, ?> mapping : group.getValue()) {
                Map<String, Object> byColumn = new java.util.HashMap<>();
                for (Map.Entry<String, ?> e : mapping.entrySet()) {
                    byColumn.put(m.attribute(e.getKey()).column().name(), e.getValue());
                }
                Object[] v = new Object[params.size()];
                for (int i = 0; i < v.length; i++) {
                    dev.retort.sql.compile.CompiledParameter p = params.get(i);
                    v[i] = byColumn.containsKey(p.name()) ? byColumn.get(p.name())
                            : p.defaultValue() != null ? p.defaultValue().get() : null;
                }
                rows.add(v);
            }
            for (int n : core.connection().executeBatch(c, rows, null, null)) {
                total += Math.max(n, 0);
            }
        }
        return total;
    }

    /**
     * UPDATEs one row per mapping, found by the primary key attributes the mapping must contain;
     * the other keys are the values to set. Batched per set of keys; the identity map is not
     * consulted.
     *
     * @return the number of rows updated
     */
    public int bulkUpdateMappings(EntityMapper<?> m, List<? extends Map<String, ?>> mappings) {
        core.checkUsable();
        int total = 0;
        Table t = m.table();
        for (Map.Entry<Set<String>, List<Map<String, ?>>> group : byKeys(mappings).entrySet()) {
            List<Attribute<?, ?>> attrs = attributes(m, group.getKey(), "update");
            List<Attribute<?, ?>> keys = new ArrayList<>();
            List<Attribute<?, ?>> sets = new ArrayList<>();
            for (Attribute<?, ?> a : attrs) {
                (a.column().isPrimaryKey() ? keys : sets).add(a);
            }
            if (keys.size() != m.primaryKeyIndexes().length) {
                throw new InvalidRequestException("bulkUpdateMappings needs the primary key "
                        + Loader.columnsAt(t, m.primaryKeyIndexes()) + " in every mapping; got " + group.getKey());
            }
            if (sets.isEmpty()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Attribute<?, ?> a : sets) {
                values.put(a.column().name(), BindParameter.required(a.column().name(), a.column().type()));
            }
            List<ColumnElement<Boolean>> where = new ArrayList<>();
            for (Attribute<?, ?> a : keys) {
                @SuppressWarnings("unchecked")
                Column<Object> c = (Column<Object>) a.column();
                where.add(c.eq(BindParameter.required("pk_" + c.name(), c.type())));
            }
            Compiled c = core.dialect().sqlCompiler().compile(
                    t.update().values(values).where(BooleanClauseList.of(Operator.AND, where)));
            List<Object[]> rows = new ArrayList<>();
            for (Map<String, ?> mapping : group.getValue()) {
                Object[] v = new Object[sets.size() + keys.size()];
                for (Map.Entry<String, ?> e : mapping.entrySet()) {
                    Attribute<?, ?> a = m.attribute(e.getKey());
                    int i = sets.indexOf(a);
                    v[i >= 0 ? i : sets.size() + keys.indexOf(a)] = e.getValue();
                }
                rows.add(v);
            }
            for (int n : core.connection().executeBatch(c, rows, null, null)) {
                total += Math.max(n, 0);
            }
        }
        return total;
    }

    private static Map<Set<String>, List<Map<String, ?>>> byKeys(List<? extends Map<String, ?>> mappings) {
        Map<Set<String>, List<Map<String, ?>>> groups = new LinkedHashMap<>();
        for (Map<String, ?> m : mappings) {
            groups.computeIfAbsent(new LinkedHashSet<>(m.keySet()), k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    private static List<Attribute<?, ?>> attributes(EntityMapper<?> m, Set<String> names, String what) {
        List<Attribute<?, ?>> attrs = new ArrayList<>();
        for (String n : names) {
            Attribute<?, ?> a = m.attribute(n);
            if (a == null) {
                throw new InvalidRequestException("Can't bulk " + what + " " + m.entityName() + "." + n
                        + ": there is no such attribute; valid attributes are " + QueryExecutor.attributeNames(m));
            }
            attrs.add(a);
        }
        // table order, so statements with the same keys compile the same
        attrs.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return attrs;
    }

    // ------------------------------------------------------------------ named queries

    /** Runs a SELECT named query. */
    @SuppressWarnings("unchecked")
    public <R> List<R> list(NamedQuery<R> q, Object... arguments) {
        if (q.kind() == NamedQuery.Kind.UPDATE) {
            throw new InvalidRequestException("Named query " + q.name() + " changes rows; run it with update(...)");
        }
        Map<String, Object> params = arguments(q, arguments);
        core.checkUsable();
        core.autoflush();
        try (Result r = core.connection().execute(q.statement(), params)) {
            if (q.kind() == NamedQuery.Kind.ROWS) {
                List<Row> rows = r.fetchAll();
                return (List<R>) rows;
            }
            EntityMapper<?> m = q.mapper();
            int[] order = q.columnOrder();
            LoadContext ctx = new LoadContext();
            List<Object> out = new ArrayList<>();
            Object[] row;
            while ((row = r.fetchValues()) != null) {
                Object[] values = new Object[m.attributes().size()];
                for (int i = 0; i < order.length; i++) {
                    values[order[i]] = m.attributes().get(order[i]).type().fromDatabase(row[i]);
                }
                Object o = core.loader.load(m, values, 0, ctx);
                if (o != null) {
                    out.add(o);
                }
            }
            core.loader.finish(ctx);
            return (List<R>) out;
        }
    }

    /** Runs an INSERT, UPDATE or DELETE named query. */
    public int update(NamedQuery<?> q, Object... arguments) {
        if (q.kind() != NamedQuery.Kind.UPDATE) {
            throw new InvalidRequestException("Named query " + q.name() + " returns rows; run it with list(...)");
        }
        Map<String, Object> params = arguments(q, arguments);
        core.checkUsable();
        core.autoflush();
        return (int) core.connection().execute(q.statement(), params).rowCount();
    }

    private static Map<String, Object> arguments(NamedQuery<?> q, Object[] arguments) {
        List<NamedQuery.Param> ps = q.parameters();
        if (arguments.length != ps.size()) {
            List<String> names = new ArrayList<>();
            for (NamedQuery.Param p : ps) {
                names.add(p.name());
            }
            throw new BindParameterException("Named query " + q.name() + " takes " + ps.size() + " argument(s) "
                    + names + ", not " + arguments.length);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            params.put(ps.get(i).name(), arguments[i]);
        }
        return params;
    }
}
