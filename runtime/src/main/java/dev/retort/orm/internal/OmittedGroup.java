package dev.retort.orm.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * New rows of one class that leave out the same columns of the INSERT (the key the database
 * generates, columns with a server default whose field is null), so that they share one compiled
 * statement and one batch: their states and their values (the new snapshots), in flush order.
 */
final class OmittedGroup {
    final List<Integer> omitted;
    final List<EntityState> states = new ArrayList<>();
    final List<Object[]> values = new ArrayList<>();

    OmittedGroup(List<Integer> omitted) {
        this.omitted = omitted;
    }

    /** Whether this group leaves out exactly the columns {@code columns[0..count)}. */
    boolean omits(int[] columns, int count) {
        if (omitted.size() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (omitted.get(i) != columns[i]) {
                return false;
            }
        }
        return true;
    }
}
