package dev.retort.processor.model;

import java.util.List;

/**
 * An association table that no entity maps, created from {@code @Relationship(secondary = ...)}:
 * one column per key column of each side ({@code left_id}, {@code right_id}), each with a foreign
 * key, together forming the primary key (a pair is linked at most once). The sides come in the
 * order of their table names, so the table is the same whichever relationship declares it.
 *
 * @param name the table name
 * @param schema the schema, or {@code null}
 * @param columns the columns
 */
public record AssociationModel(String name, String schema, List<Column> columns) {

    /**
     * One column.
     *
     * @param name the column name
     * @param type the referenced column's type
     * @param references the referenced column, {@code "table.column"}
     */
    public record Column(String name, SqlTypeModel type, String references) {}

    /** {@code schema.name}, or the name. */
    public String fullName() {
        return schema == null ? name : schema + "." + name;
    }
}
