package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompiledParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A run of {@link BulkOperations#bulkInsert} rows of one class that leave the same columns to
 * the database: one compiled INSERT (cached in the class's {@link MapperPlan}), executed as JDBC
 * batches. A row is read from its object into one value array, with no maps.
 */
final class BulkInsertRun {
    /** Rows sent per run at most, so a long list never holds every row's values at once. */
    static final int ROWS = 1000;

    final EntityMapper<Object> mapper;
    private final MapperPlan<Object> plan;
    final List<Object[]> rows = new ArrayList<>();
    private final Object[] scratch;
    private List<Integer> omitted;
    /** Per parameter of the INSERT: the column it takes. */
    private int[] columnOf;
    private Supplier<?>[] defaults;
    private Compiled insert;

    BulkInsertRun(MapperPlan<Object> plan) {
        this.plan = plan;
        this.mapper = plan.mapper;
        this.scratch = new Object[plan.columns];
    }

    /**
     * The INSERT's values for {@code o}, or {@code null} when {@code o} leaves other columns to the
     * database than the run's rows do (it starts a new run).
     */
    Object[] row(Object o) {
        mapper.readValues(o, scratch, 0);
        if (plan.version >= 0 && (scratch[plan.version] == null || ((Number) scratch[plan.version]).longValue() == 0)) {
            scratch[plan.version] = mapper.attributes().get(plan.version).type().coerce(1L, "the version counter");
        }
        List<Integer> leftOut = omitted(o, scratch);
        if (insert == null) {
            start(leftOut);
        } else if (!leftOut.equals(omitted)) {
            return null;
        }
        Object[] v = new Object[columnOf.length];
        for (int i = 0; i < v.length; i++) {
            Object value = scratch[columnOf[i]];
            v[i] = value == null && defaults[i] != null ? defaults[i].get() : value;
        }
        return v;
    }

    private List<Integer> omitted(Object o, Object[] values) {
        List<Integer> out = List.of();
        // a primitive key of 0 counts as unset, as in a flush
        if (plan.autoincrement >= 0 && (values[plan.autoincrement] == null || mapper.primaryKey(o) == null)) {
            out = List.of(plan.autoincrement);
        }
        for (int d : plan.serverDefaults) {
            if (values[d] == null) {
                List<Integer> more = new ArrayList<>(out);
                more.add(d);
                more.sort(null);
                out = more;
            }
        }
        return out;
    }

    private void start(List<Integer> leftOut) {
        omitted = leftOut;
        insert = plan.insert(leftOut);
        List<CompiledParameter> params = insert.parameters();
        columnOf = new int[params.size()];
        defaults = new Supplier<?>[params.size()];
        List<String> names = plan.table.columns().keys();
        for (int k = 0; k < columnOf.length; k++) {
            columnOf[k] = names.indexOf(params.get(k).name());
            defaults[k] = params.get(k).defaultValue();
        }
    }

    /** Sends the run's rows; returns how many were inserted. */
    int execute(SessionCore core) {
        if (rows.isEmpty()) {
            return 0;
        }
        int total = 0;
        for (int n : core.connection().executeBatch(insert, rows, null, null)) {
            total += Math.max(n, 0);
        }
        return total;
    }
}
