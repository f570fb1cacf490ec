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
     * objects are made and nothing enters the identity map. The INSERT of each set of keys is
     * compiled once per session factory; a row costs one value array.
     *
     * @return the number of rows inserted
     */
    public int bulkInsertMappings(EntityMapper<?> m, List<? extends Map<String, ?>> mappings) {
        core.checkUsable();
        MapperPlan<?> plan = core.plan(m);
        int total = 0;
        for (Map.Entry<Set<String>, List<Map<String, ?>>> group : byKeys(mappings).entrySet()) {
            List<Attribute<?, ?>> attrs = attributes(m, group.getKey(), "insert");
            List<String> columns = new ArrayList<>(attrs.size());
            for (Attribute<?, ?> a : attrs) {
                columns.add(a.column().name());
            }
            Compiled c = plan.insertColumns(columns);
            List<dev.retort.sql.compile.CompiledParameter> params = c.parameters();
            // per parameter: the mapping key that gives its value (null: the column's default)
            String[] keyOf = new String[params.size()];
            for (String key : group.getKey()) {
                String column = m.attribute(key).column().name();
                for (int i = 0; i < keyOf.length; i++) {
                    if (params.get(i).name().equals(column)) {
                        keyOf[i] = key;
                    }
                }
            }
            List<Object[]> rows = new ArrayList<>(group.getValue().size());
            for (Map<String, ?> mapping : group.getValue()) {
                Object[] v = new Object[keyOf.length];
                for (int i = 0; i < v.length; i++) {
                    if (keyOf[i] != null) {
                        v[i] = mapping.get(keyOf[i]);
                    } else if (params.get(i).defaultValue() != null) {
                        v[i] = params.get(i).defaultValue().get();
                    }
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
     * INSERTs one row per object, in the order given, batched per run of objects of one class
     * that leave the same columns to the database (a null generated key, null columns with a
     * server default); SQLAlchemy's {@code bulk_save_objects} for new objects. The objects are not
     * added to the session and are not changed: generated keys are not read back, and a null
     * attribute with a {@code @Column(defaultValue)} inserts the default without setting it.
     *
     * @return the number of rows inserted
     */
    public int bulkInsert(List<?> objects) {
        core.checkUsable();
        Class<?> checked = null;
        for (Object o : objects) {
            if (o == null || o.getClass() != checked) {
                core.mapperOf(o); // every object is mapped before any row is sent
                checked = o.getClass();
            }
        }
        int total = 0;
        BulkInsertRun run = null;
        for (Object o : objects) {
            EntityMapper<Object> m = core.mapperOf(o);
            if (run == null || run.mapper != m || run.rows.size() >= BulkInsertRun.ROWS) {
                total += run == null ? 0 : run.execute(core);
                run = new BulkInsertRun(core.plan(m));
            }
            Object[] row = run.row(o);
            if (row == null) {
                total += run.execute(core);
                run = new BulkInsertRun(core.plan(m));
                row = run.row(o);
            }
            run.rows.add(row);
        }
        return total + (run == null ? 0 : run.execute(core));
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

    /**
     * The mappings grouped by their set of keys, in order of first appearance. A group is keyed
     * by the key set of its first mapping (a view, not a copy): rows cost a lookup, not a set.
     */
    private static Map<Set<String>, List<Map<String, ?>>> byKeys(List<? extends Map<String, ?>> mappings) {
        Map<Set<String>, List<Map<String, ?>>> groups = new LinkedHashMap<>();
        Set<String> lastKeys = null;
        List<Map<String, ?>> last = null;
        for (Map<String, ?> m : mappings) {
            Set<String> keys = m.keySet();
            if (last == null || !keys.equals(lastKeys)) {
                last = groups.computeIfAbsent(keys, k -> new ArrayList<>());
                lastKeys = keys;
            }
            last.add(m);
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
