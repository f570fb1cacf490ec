package dev.retort.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A mapped class as declared: its table, columns, relationships, indexes and named queries.
 *
 * @param type the mapped class
 * @param generated the generated class ({@code User_})
 * @param base the declarative base
 * @param record whether the mapped class is a record
 * @param classical whether it is mapped by a separate declaration ({@code @Table(maps = ...)})
 * @param table the table name
 * @param schema the schema, or {@code null}
 * @param columns the columns in declaration order
 * @param relationships the relationship fields in declaration order
 * @param indexes multi-column indexes and UNIQUE constraints
 * @param queries named queries
 * @param components for a record: its component names in order (each a column or a collection
 *     relationship); empty for classes
 * @param site the declaring class (the mapping class for a classical mapping)
 */
public record EntityModel(ClassName type, ClassName generated, ClassName base, boolean record, boolean classical,
        String table, String schema, List<ColumnModel> columns, List<RelationshipModel> relationships,
        List<IndexModel> indexes, List<QueryModel> queries, List<String> components, Site site) {

    public EntityModel {
        columns = List.copyOf(columns);
        relationships = List.copyOf(relationships);
        indexes = List.copyOf(indexes);
        queries = List.copyOf(queries);
        components = List.copyOf(components);
    }

    /** The mapped class's qualified name, the entity's key. */
    public String key() {
        return type.canonicalName();
    }

    /** {@code schema.table}, or the table. */
    public String tableFullName() {
        return schema == null ? table : schema + "." + table;
    }

    /** The class name as users read it ({@code User}, {@code Outer.Inner}). */
    public String displayName() {
        return String.join(".", type.simpleNames());
    }

    /** The column mapped by attribute (field) name or column name, or {@code null}. */
    public ColumnModel column(String attributeOrColumn) {
        for (ColumnModel c : columns) {
            if (c.attribute().equals(attributeOrColumn)) {
                return c;
            }
        }
        for (ColumnModel c : columns) {
            if (c.name().equals(attributeOrColumn)) {
                return c;
            }
        }
        return null;
    }

    /** The column called {@code name} (column name only), or {@code null}. */
    public ColumnModel columnNamed(String name) {
        for (ColumnModel c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The primary key columns, in declaration order. */
    public List<ColumnModel> primaryKey() {
        return columns.stream().filter(ColumnModel::primaryKey).toList();
    }

    /** The relationship field called {@code name}, or {@code null}. */
    public RelationshipModel relationship(String name) {
        for (RelationshipModel r : relationships) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
