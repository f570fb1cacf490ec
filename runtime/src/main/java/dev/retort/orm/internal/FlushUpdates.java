package dev.retort.orm.internal;

import dev.retort.exc.StaleDataException;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.sql.compile.Compiled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UPDATE step of a {@link Flush}: for each persistent object, the columns that differ from its
 * snapshot (every column but the key when it has none), its version counter bumped, and one JDBC
 * batch per distinct set of changed columns. Split from {@code Flush} along the seam between
 * inserting new rows and updating loaded ones.
 */
final class FlushUpdates {
    private FlushUpdates() {}

    /**
     * UPDATEs the changed columns of {@code persistents}, batched by statement, and records each
     * updated object's new snapshot (taken after the UPDATE) in {@code newSnapshots}, {@code
     * updated} and {@code updatedObjects}.
     *
     * @throws StaleDataException when an UPDATE matched no row
     */
    static void run(SessionCore core, Flush flush, List<EntityState> persistents, Map<EntityState, Object[]> newSnapshots,
            List<EntityState> updated, List<Object> updatedObjects) {
        // rows grouped by statement (the set of changed columns); consecutive rows of one class
        // usually change the same columns, so a row joins the group of the row before it without
        // a lookup
        Map<Compiled, UpdateGroup> groups = new LinkedHashMap<>();
        UpdateGroup last = null;
        int[] changed = new int[0];
        for (EntityState s : persistents) {
            Object o = s.object();
            if (o == null) {
                continue;
            }
            EntityMapper<Object> m = s.mapper;
            MapperPlan<Object> plan = core.plan(m);
            int n = plan.columns;
            if (changed.length < n + 1) {
                changed = new int[n + 1]; // scratch: the plan copies what it keeps
            }
            int count;
            if (s.snapshot == null) {
                count = 0;
                for (int i = 0; i < n; i++) {
                    if (!isKey(plan, i)) {
                        changed[count++] = i;
                    }
                }
            } else {
                count = m.changedColumns(o, s.snapshot, changed);
            }
            if (count == 0) {
                continue;
            }
            Object oldVersion = null;
            if (plan.version >= 0) {
                oldVersion = s.snapshot == null ? m.get(o, plan.version) : s.snapshot[plan.version];
                Object next = Flush.versionValue(m, plan.version, oldVersion == null ? 1 : ((Number) oldVersion).longValue() + 1);
                m.set(o, plan.version, next);
                count = withColumn(changed, count, plan.version);
            }
            Compiled c = plan.update(changed, count);
            Object[] values = new Object[count + plan.primaryKey.length + (plan.version >= 0 ? 1 : 0)];
            int k = 0;
            for (int i = 0; i < count; i++) {
                values[k++] = m.get(o, changed[i]);
            }
            for (int p : plan.primaryKey) {
                values[k++] = s.snapshot == null ? m.get(o, p) : s.snapshot[p];
            }
            if (plan.version >= 0) {
                values[k] = oldVersion;
            }
            if (last == null || last.statement != c) {
                last = groups.computeIfAbsent(c, UpdateGroup::new);
            }
            last.rows.add(values);
            last.states.add(s);
            last.objects.add(o);
        }
        for (UpdateGroup g : groups.values()) {
            int[] counts = flush.connection().executeBatch(g.statement, g.rows, null, null);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    EntityState s = g.states.get(i);
                    throw new StaleDataException("UPDATE of " + SessionCore.describe(s.mapper, g.objects.get(i))
                            + " matched no row" + (s.mapper.versionIndex() >= 0 ? " with the version it was loaded with" : "")
                            + ": it was changed or deleted by someone else since it was loaded. Roll back, reload "
                            + "the object and apply the change again");
                }
            }
            for (int i = 0; i < g.states.size(); i++) {
                EntityState s = g.states.get(i);
                Object o = g.objects.get(i);
                Object[] v = new Object[s.mapper.attributes().size()];
                s.mapper.readValues(o, v, 0);
                newSnapshots.put(s, v);
                updated.add(s);
                updatedObjects.add(o);
            }
        }
    }

    /** Changed rows that share one compiled UPDATE: their values, states and objects, in flush order. */
    private static final class UpdateGroup {
        final Compiled statement;
        final List<Object[]> rows = new ArrayList<>();
        final List<EntityState> states = new ArrayList<>();
        final List<Object> objects = new ArrayList<>();

        UpdateGroup(Compiled statement) {
            this.statement = statement;
        }
    }

    private static boolean isKey(MapperPlan<?> plan, int column) {
        for (int p : plan.primaryKey) {
            if (p == column) {
                return true;
            }
        }
        return false;
    }

    /** Inserts {@code column} into the ascending positions {@code changed[0..count)} if missing. */
    private static int withColumn(int[] changed, int count, int column) {
        int i = 0;
        while (i < count && changed[i] < column) {
            i++;
        }
        if (i < count && changed[i] == column) {
            return count;
        }
        System.arraycopy(changed, i, changed, i + 1, count - i);
        changed[i] = column;
        return count + 1;
    }
}
