package dev.retort.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One {@code @Column} field as declared.
 *
 * @param attribute the Java attribute (field) name
 * @param name the column name
 * @param javaType the field's type, primitive or not
 * @param type the SQL type the value is stored as (for a converter, the stored type)
 * @param converter the converter, or {@code null}
 * @param primaryKey whether it is (part of) the primary key
 * @param autoincrementAllowed {@code @Column(autoincrement)}: false forbids a generated key
 * @param nullable whether NULL is allowed (false for primary keys and primitives)
 * @param explicitNotNull whether {@code nullable = false} (or a primitive type) asks for NOT NULL explicitly
 * @param unique single-column UNIQUE
 * @param index single-column index
 * @param foreignKey the referenced column, or {@code null}
 * @param defaultValue the client-side default as written, or {@code null}
 * @param serverDefault the DDL DEFAULT expression, or {@code null}
 * @param version whether it is the optimistic-locking counter
 * @param sequence the name of the sequence its keys come from, or {@code null}
 * @param allocationSize the keys one fetch from the sequence reserves (its INCREMENT BY)
 * @param access how generated code reaches the field
 * @param site where it was declared
 */
public record ColumnModel(String attribute, String name, TypeName javaType, SqlTypeModel type,
        ConverterModel converter, boolean primaryKey, boolean autoincrementAllowed, boolean nullable,
        boolean explicitNotNull, boolean unique, boolean index, ForeignKeyModel foreignKey, String defaultValue,
        String serverDefault, boolean version, String sequence, int allocationSize, Access access, Site site) {

    /** Whether the field has a primitive type. */
    public boolean isPrimitive() {
        return javaType.isPrimitive();
    }

    /** The field's type, boxed: the type values travel as. */
    public TypeName boxedType() {
        return javaType.isPrimitive() ? javaType.box() : javaType;
    }
}
