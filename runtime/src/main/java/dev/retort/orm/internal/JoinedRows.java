package dev.retort.orm.internal;

import dev.retort.engine.Result;
import dev.retort.orm.mapping.EntityMapper;
import java.util.List;

/**
 * Reads the rows of a query with a joined eager load. The join repeats each owner's columns on
 * every row of its collection, so for each entity item the key columns are read first, and the
 * others only when the key differs from the previous row's: a repeated owner's other columns are
 * not read, and {@link QueryExecutor} does not look at them (it reuses the previous row's
 * object). That is what hand-written JDBC does, reading the owner's name only for a new owner.
 * The columns of expression items and of the joined targets are always read.
 */
final class JoinedRows {
    private final Result result;
    private final int width;
    /** Per item: where its columns start, and where they end (one column for an expression). */
    private final int[] starts;
    private final int[] ends;
    /** Per item: its key columns (absolute, in the order of the key), or {@code null} for an expression. */
    private final int[][] keyColumns;
    /** Per item: its mapper's plan, for the key; {@code null} for an expression. */
    private final MapperPlan<?>[] plans;
    /** Whether each column is a key column of an entity item (read before the others). */
    private final boolean[] isKey;
    /** Where the columns after the items start (the joined targets'). */
    private final int itemsEnd;
    /**
     * The row {@link #next} reads into, again for every row: the loader copies the columns of
     * each object it creates into that object's snapshot (a joined row holds more than one
     * object's columns, so it is never a snapshot itself), and nothing else keeps it.
     */
    private final Object[] row;

    JoinedRows(Result result, SessionCore core, List<QueryItem> items, int[] offsets) {
        this.result = result;
        this.width = result.width();
        int n = items.size();
        starts = new int[n];
        ends = new int[n];
        keyColumns = new int[n][];
        plans = new MapperPlan<?>[n];
        isKey = new boolean[width];
        int end = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = offsets[i];
            QueryItem item = items.get(i);
            if (item instanceof QueryItem.Entity) {
                EntityMapper<?> m = ((QueryItem.Entity) item).mapper();
                MapperPlan<?> p = core.plan(m);
                plans[i] = p;
                ends[i] = offsets[i] + p.columns;
                int[] keys = new int[p.primaryKey.length];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = offsets[i] + p.primaryKey[k];
                    isKey[keys[k]] = true;
                }
                keyColumns[i] = keys;
            } else {
                ends[i] = offsets[i] + 1;
            }
            end = Math.max(end, ends[i]);
        }
        itemsEnd = end;
        row = new Object[width];
    }

    /**
     * The next row, or {@code null} at the end; {@code previousKeys} holds, per item, the key of
     * the object the previous row loaded for it ({@code null} for none). The same array every
     * time: the columns of an item whose key equals the previous row's hold what an earlier row
     * read (they are not read again, nor used).
     */
    Object[] next(Object[] previousKeys) {
        if (!result.advance()) {
            return null;
        }
        Object[] row = this.row;
        for (int i = 0; i < starts.length; i++) {
            int[] keys = keyColumns[i];
            if (keys == null) {
                result.readValues(row, starts[i], ends[i]);
                continue;
            }
            for (int c : keys) {
                result.readValues(row, c, c + 1);
            }
            Object key = plans[i].keyOf(row, starts[i]);
            if (key != null && key.equals(previousKeys[i])) {
                continue; // the same owner as the previous row: its other columns are not needed
            }
            readRange(row, starts[i], ends[i]);
        }
        result.readValues(row, itemsEnd, width);
        return row;
    }

    /** Reads {@code [from, to)} except the key columns, which were read first. */
    private void readRange(Object[] row, int from, int to) {
        int run = from;
        for (int c = from; c < to; c++) {
            if (isKey[c]) {
                if (run < c) {
                    result.readValues(row, run, c);
                }
                run = c + 1;
            }
        }
        if (run < to) {
            result.readValues(row, run, to);
        }
    }
}
