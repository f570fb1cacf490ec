package dev.retort.orm.internal;

import dev.retort.engine.Connection;
import dev.retort.exc.StaleDataException;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Operator;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of a {@link Flush} other than the INSERTs and UPDATEs of its objects' own
 * columns: reading back server defaults, association rows, and the DELETEs (association rows
 * first, then children before parents). Split from {@code Flush} along the emitter's seam; it
 * holds no state of its own beyond what the flush hands it.
 */
final class FlushStatements {
    private final SessionCore core;
    private final Flush flush;
    private final List<EntityState> deletes;
    private final Map<EntityState, List<EntityState>> dependsOn;
    private final Map<EntityState, Object[]> newSnapshots;

    FlushStatements(SessionCore core, Flush flush, List<EntityState> deletes,
            Map<EntityState, List<EntityState>> dependsOn, Map<EntityState, Object[]> newSnapshots) {
        this.core = core;
        this.flush = flush;
        this.deletes = deletes;
        this.dependsOn = dependsOn;
        this.newSnapshots = newSnapshots;
    }

    private Connection connection() {
        return flush.connection();
    }

    /** Reads the values the database filled in for the left-out columns, into the objects and their snapshots. */
    void readServerDefaults(EntityMapper<Object> m, MapperPlan<Object> plan, List<EntityState> states,
            List<Integer> omitted) {
        List<dev.retort.sql.ClauseElement> items = new ArrayList<>();
        for (int p : plan.primaryKey) {
            items.add(plan.table.columns().get(p));
        }
        List<Integer> wanted = new ArrayList<>();
        for (int i : omitted) {
            if (i != plan.autoincrement) {
                wanted.add(i);
                items.add(plan.table.columns().get(i));
            }
        }
        Map<Object, EntityState> byKey = new HashMap<>();
        for (EntityState s : states) {
            byKey.put(m.primaryKey(s.object()), s);
        }
        List<Object> keys = new ArrayList<>(byKey.keySet());
        int[] keyPositions = new int[plan.primaryKey.length];
        for (int i = 0; i < keyPositions.length; i++) {
            keyPositions[i] = i;
        }
        for (int i = 0; i < keys.size(); i += Loader.IN_CHUNK) {
            List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + Loader.IN_CHUNK));
            dev.retort.sql.Select select = dev.retort.sql.Select.of(items.toArray(new dev.retort.sql.ClauseElement[0]))
                    .where(Loader.keyIn(Loader.columnsAt(plan.table, plan.primaryKey), chunk));
            try (dev.retort.engine.Result r = connection().execute(select)) {
                Object[] row;
                while ((row = r.fetchValues()) != null) {
                    EntityState s = byKey.get(Loader.valuesAt(row, keyPositions));
                    if (s == null) {
                        continue;
                    }
                    for (int w = 0; w < wanted.size(); w++) {
                        Object value = row[plan.primaryKey.length + w];
                        if (!m.isImmutable()) {
                            m.set(s.object(), wanted.get(w), value);
                        }
                        newSnapshots.get(s)[wanted.get(w)] = value;
                    }
                }
            }
        }
    }

    /**
     * Association rows, batched per association table and statement: INSERT of the given column
     * values, or DELETE matching all of them.
     */
    void associations(Collection<FlushPlan.AssocRow> rows, boolean insert) {
        Map<Table, List<Object[]>> values = new LinkedHashMap<>();
        Map<Table, List<String>> names = new LinkedHashMap<>();
        for (FlushPlan.AssocRow row : rows) {
            Relation<?, ?> r = row.relation();
            Table t = r.secondary();
            MapperPlan<?> plan = core.plan(row.owner().mapper);
            Object owner = row.owner().object();
            Object target = row.target().object();
            int[] local = plan.localIndexes[r.index()];
            int[] remote = plan.remoteIndexes[r.index()];
            Map<String, Object> byName = new LinkedHashMap<>();
            List<Column<?>> sl = r.secondaryLocalColumns();
            List<Column<?>> sr = r.secondaryRemoteColumns();
            for (int i = 0; i < sl.size(); i++) {
                byName.put(sl.get(i).name(), row.owner().mapper.get(owner, local[i]));
            }
            for (int i = 0; i < sr.size(); i++) {
                byName.put(sr.get(i).name(), row.target().mapper.get(target, remote[i]));
            }
            List<String> cols = names.computeIfAbsent(t, k -> {
                List<String> ordered = new ArrayList<>(byName.keySet());
                ordered.sort((a, b) -> Integer.compare(t.columns().indexOf(t.c(a)), t.columns().indexOf(t.c(b))));
                return ordered;
            });
            Object[] v = new Object[cols.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = byName.get(cols.get(i));
            }
            values.computeIfAbsent(t, k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<Table, List<Object[]>> e : values.entrySet()) {
            Table t = e.getKey();
            List<String> cols = names.get(t);
            Compiled c;
            if (insert) {
                c = core.dialect().sqlCompiler().compile(t.insert(), cols);
            } else {
                List<ColumnElement<Boolean>> conds = new ArrayList<>();
                for (String n : cols) {
                    Column<Object> col = t.c(n);
                    conds.add(col.eq(BindParameter.required(n, col.type())));
                }
                c = core.dialect().sqlCompiler().compile(t.delete().where(BooleanClauseList.of(Operator.AND, conds)));
            }
            connection().executeBatch(c, e.getValue(), null, null);
        }
    }

    void deleteAll() {
        if (deletes.isEmpty()) {
            return;
        }
        // association rows of deleted objects go first
        for (EntityState d : deletes) {
            for (Relation<Object, ?> r : d.mapper.relations()) {
                if (r.kind() == Relation.Kind.MANY_TO_MANY) {
                    deleteAssociations(d, r);
                }
            }
        }
        // children before parents: the reverse of the insert order of their references
        Map<EntityState, Integer> levels = new IdentityHashMap<>();
        Map<EntityKey, EntityState> byKey = new HashMap<>();
        for (EntityState d : deletes) {
            byKey.put(d.key(), d);
        }
        for (EntityState d : deletes) {
            for (Relation<Object, ?> r : d.mapper.relations()) {
                if (r.kind() == Relation.Kind.MANY_TO_ONE && d.snapshot != null) {
                    MapperPlan<Object> plan = core.plan(d.mapper);
                    Object fk = Loader.valuesAt(d.snapshot, plan.localIndexes[r.index()]);
                    EntityState parent = fk == null ? null : byKey.get(new EntityKey(r.targetMapper(), fk));
                    if (parent != null && parent != d) {
                        dependsOn.computeIfAbsent(d, k -> new ArrayList<>()).add(parent);
                    }
                }
            }
        }
        int max = 0;
        for (EntityState d : deletes) {
            max = Math.max(max, deleteLevel(d, levels, Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        for (int level = max; level >= 0; level--) {
            Map<EntityMapper<?>, List<EntityState>> groups = new LinkedHashMap<>();
            for (EntityState d : deletes) {
                if (levels.get(d) == level) {
                    groups.computeIfAbsent(d.mapper, k -> new ArrayList<>()).add(d);
                }
            }
            for (List<EntityState> g : groups.values()) {
                delete(g);
            }
        }
    }

    private int deleteLevel(EntityState d, Map<EntityState, Integer> levels, Set<EntityState> path) {
        Integer known = levels.get(d);
        if (known != null) {
            return known;
        }
        if (!path.add(d)) {
            return 0; // a cycle among deleted rows: the database decides
        }
        int level = 0;
        for (EntityState p : dependsOn.getOrDefault(d, List.of())) {
            if (p.status() == EntityState.Status.DELETED) {
                level = Math.max(level, deleteLevel(p, levels, path) + 1);
            }
        }
        path.remove(d);
        levels.put(d, level);
        return level;
    }

    void deleteAssociations(EntityState d, Relation<Object, ?> r) {
        Table t = r.secondary();
        MapperPlan<Object> plan = core.plan(d.mapper);
        int[] local = plan.localIndexes[r.index()];
        List<Column<?>> sl = r.secondaryLocalColumns();
        List<ColumnElement<Boolean>> conds = new ArrayList<>();
        for (int i = 0; i < sl.size(); i++) {
            @SuppressWarnings("unchecked")
            Column<Object> c = (Column<Object>) sl.get(i);
            conds.add(c.eq(d.snapshot != null ? d.snapshot[local[i]] : d.mapper.get(d.object(), local[i])));
        }
        connection().execute(t.delete().where(BooleanClauseList.of(Operator.AND, conds)));
    }

    void delete(List<EntityState> group) {
        EntityMapper<Object> m = group.get(0).mapper;
        MapperPlan<Object> plan = core.plan(m);
        List<Object[]> rows = new ArrayList<>(group.size());
        for (EntityState d : group) {
            Object[] snap = d.snapshot;
            Object o = d.object();
            Object[] v = new Object[plan.primaryKey.length + (plan.version >= 0 ? 1 : 0)];
            int k = 0;
            for (int p : plan.primaryKey) {
                v[k++] = snap != null ? snap[p] : m.get(o, p);
            }
            if (plan.version >= 0) {
                v[k] = snap != null ? snap[plan.version] : m.get(o, plan.version);
            }
            rows.add(v);
        }
        int[] counts = connection().executeBatch(plan.delete(), rows, null, null);
        if (plan.version >= 0) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    EntityState d = group.get(i);
                    throw new StaleDataException("DELETE of " + SessionCore.describe(m, d.object())
                            + " matched no row with the version it was loaded with: it was changed or deleted by "
                            + "someone else since it was loaded. Roll back, reload the object and try again");
                }
            }
        }
    }
}
