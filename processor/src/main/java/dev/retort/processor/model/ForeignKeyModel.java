package dev.retort.processor.model;

import dev.retort.sql.ReferentialAction;

/**
 * A column's {@code @Column(foreignKey = "table.column")}.
 *
 * @param spec as written
 * @param schema the referenced table's schema, or {@code null}
 * @param table the referenced table
 * @param column the referenced column
 * @param onDelete the ON DELETE action, or {@code null} for the database's default (NO ACTION)
 */
public record ForeignKeyModel(String spec, String schema, String table, String column, ReferentialAction onDelete) {

    /** {@code schema.table}, or the table. */
    public String tableFullName() {
        return schema == null ? table : schema + "." + table;
    }
}
