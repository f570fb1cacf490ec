package dev.retort.engine.reflect;

import dev.retort.sql.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A FOREIGN KEY constraint of a table; an element of {@link Inspector#getForeignKeys(String)}.
 * Composite keys come as one element, their columns in key order.
 *
 * @param name the constraint name (normalized), or {@code null} when the database reports none
 *     (SQLite, for unnamed constraints)
 * @param constrainedColumns the referencing columns of this table
 * @param referredSchema the referenced table's schema, or {@code null} when it is the same as
 *     this table's
 * @param referredTable the referenced table
 * @param referredColumns the referenced columns, pairwise with {@code constrainedColumns}
 * @param onDelete the ON DELETE action, or {@code null} for the default (NO ACTION)
 */
public record ForeignKeyInfo(String name, List<String> constrainedColumns, String referredSchema,
        String referredTable, List<String> referredColumns, ReferentialAction onDelete) {

    /** Copies the column lists and checks they pair up. */
    public ForeignKeyInfo {
        constrainedColumns = List.copyOf(constrainedColumns);
        referredColumns = List.copyOf(referredColumns);
        Objects.requireNonNull(referredTable, "referredTable");
        if (constrainedColumns.isEmpty() || constrainedColumns.size() != referredColumns.size()) {
            throw new IllegalArgumentException("A foreign key needs as many referred columns as columns: "
                    + constrainedColumns + " -> " + referredColumns);
        }
    }
}
