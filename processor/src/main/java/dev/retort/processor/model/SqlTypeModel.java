package dev.retort.processor.model;

import com.palantir.javapoet.ClassName;
import dev.retort.sql.TypeKind;
import java.util.List;

/**
 * A column's SQL type as the processor knows it: the kind, its parameters, and for enums the Java
 * enum and its constants (stored by name).
 *
 * @param kind the generic SQL type; {@link TypeKind#ENUM} for Java enums
 * @param length VARCHAR/VARBINARY length, or {@code null}
 * @param precision NUMERIC precision, or {@code null} for the database's default
 * @param scale NUMERIC scale, or {@code null}
 * @param javaClass which Java class an ambiguous kind maps to ({@code Instant} vs {@code OffsetDateTime}), or {@code null}
 * @param enumType the Java enum, for {@link TypeKind#ENUM}
 * @param enumValues the enum's constant names in declaration order, for {@link TypeKind#ENUM}
 */
public record SqlTypeModel(TypeKind kind, Integer length, Integer precision, Integer scale, ClassName javaClass,
        ClassName enumType, List<String> enumValues) {

    public SqlTypeModel {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    /** A type with no parameters. */
    public static SqlTypeModel of(TypeKind kind) {
        return new SqlTypeModel(kind, null, null, null, null, null, null);
    }

    /** An enum type over the constants of {@code type}. */
    public static SqlTypeModel enumOf(ClassName type, List<String> constants) {
        return new SqlTypeModel(TypeKind.ENUM, null, null, null, null, type, constants);
    }

    public SqlTypeModel withLength(Integer length) {
        return new SqlTypeModel(kind, length, precision, scale, javaClass, enumType, enumValues);
    }

    public SqlTypeModel withNumeric(Integer precision, Integer scale) {
        return new SqlTypeModel(kind, length, precision, scale, javaClass, enumType, enumValues);
    }

    public SqlTypeModel withKind(TypeKind kind) {
        return new SqlTypeModel(kind, length, precision, scale, javaClass, enumType, enumValues);
    }

    public SqlTypeModel withJavaClass(ClassName javaClass) {
        return new SqlTypeModel(kind, length, precision, scale, javaClass, enumType, enumValues);
    }

    /** The type as the database stores it: enums are VARCHAR of their longest constant. */
    public TypeKind storageKind() {
        return kind == TypeKind.ENUM ? TypeKind.VARCHAR : kind;
    }

    /** Whether the database stores it as an integer. */
    public boolean isInteger() {
        TypeKind k = storageKind();
        return k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.SMALLINT;
    }

    /** How the type reads in messages: {@code VARCHAR(100)}, {@code NUMERIC(12, 2)}, {@code ENUM(Status)}. */
    public String describe() {
        if (kind == TypeKind.ENUM) {
            return "ENUM(" + enumType.simpleName() + ")";
        }
        if (precision != null) {
            return kind + "(" + precision + ", " + (scale == null ? 0 : scale) + ")";
        }
        return length == null ? kind.name() : kind + "(" + length + ")";
    }
}
