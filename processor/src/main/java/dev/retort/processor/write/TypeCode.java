package dev.retort.processor.write;

import com.palantir.javapoet.TypeName;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.SqlTypeModel;

/** Java expressions for SQL types and default values, as generated code writes them. */
final class TypeCode {
    private TypeCode() {}

    /** The converter constant of a column: {@code CONVERTER_PRICE}. */
    static String converterConstant(ColumnModel c) {
        return "CONVERTER_" + dev.retort.processor.parse.Naming.constantCase(c.attribute());
    }

    /** The column's type: {@code SqlTypes.string(100)}, or a converted type around the stored one. */
    static Code columnType(ColumnModel c) {
        Code stored = storedType(c.type());
        if (c.converter() == null) {
            return stored;
        }
        String constant = converterConstant(c);
        return new Code().type(Names.SQL_TYPES).text(".converted(").type(c.boxedType()).text(".class, ").code(stored)
                .text(", " + constant + "::toDatabase, " + constant + "::toJava)");
    }

    /** A plain SQL type expression. */
    static Code storedType(SqlTypeModel t) {
        Code c = new Code().type(Names.SQL_TYPES);
        switch (t.kind()) {
            case VARCHAR: return c.text(t.length() == null ? ".STRING" : ".string(" + t.length() + ")");
            case VARBINARY: return c.text(t.length() == null ? ".BLOB" : ".varbinary(" + t.length() + ")");
            case NUMERIC:
                return c.text(t.precision() == null ? ".NUMERIC" : ".numeric(" + t.precision() + ", " + t.scale() + ")");
            case TIMESTAMP_TZ: return c.text(t.javaClass() != null ? ".INSTANT" : ".TIMESTAMP_TZ");
            case UUID: return c.text(".UUID_TYPE");
            // the type argument spelled out: an inferred generic varargs call among overloads is costly
            case ENUM: return c.text(".<").type(t.enumType()).text(">enumType(").type(t.enumType()).text(".values())");
            default: return c.text("." + t.kind().name());
        }
    }

    /**
     * The type as {@code Column.parse} reads it ({@code VARCHAR(100)}, {@code NUMERIC(12, 2)},
     * {@code INSTANT}), or {@code null} for a type that needs Java objects (an enum).
     */
    static String declaredType(SqlTypeModel t) {
        switch (t.kind()) {
            case VARCHAR: return t.length() == null ? "VARCHAR" : "VARCHAR(" + t.length() + ")";
            case VARBINARY: return t.length() == null ? "BLOB" : "VARBINARY(" + t.length() + ")";
            case NUMERIC: return t.precision() == null ? "NUMERIC" : "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case TIMESTAMP_TZ: return t.javaClass() != null ? "INSTANT" : "TIMESTAMP_TZ";
            case INTEGER: case BIGINT: case SMALLINT: case TEXT: case BOOLEAN: case REAL: case DOUBLE: case DATE:
            case TIME: case TIMESTAMP: case UUID: case BLOB:
                return t.kind().name();
            default: return null;
        }
    }

    /** The default value's literal in the field's type, or {@code null} when the column has none. */
    static Code defaultValue(ColumnModel c, String literal) {
        if (literal == null) {
            return null;
        }
        Code stored = literal(c.type(), literal);
        return c.converter() == null ? stored
                : new Code().text(converterConstant(c) + ".toJava(").code(stored).text(")");
    }

    private static Code literal(SqlTypeModel t, String v) {
        switch (t.kind()) {
            case INTEGER: case BOOLEAN: case DOUBLE: return new Code().text(v);
            case BIGINT: return new Code().text(v + "L");
            case SMALLINT: return new Code().text("(short) " + v);
            case REAL: return new Code().text(v + "f");
            case VARCHAR: case TEXT: return new Code().string(v);
            case NUMERIC: return new Code().text("new ").type(Names.BIG_DECIMAL).text("(").string(v).text(")");
            case DATE: return parse(Names.LOCAL_DATE, v);
            case TIME: return parse(Names.LOCAL_TIME, v);
            case TIMESTAMP: return parse(Names.LOCAL_DATE_TIME, v);
            case TIMESTAMP_TZ: return parse(t.javaClass() != null ? Names.INSTANT : Names.OFFSET_DATE_TIME, v);
            case UUID: return new Code().type(Names.UUID).text(".fromString(").string(v).text(")");
            case ENUM: return new Code().type(t.enumType()).text("." + v);
            default: throw new IllegalStateException("No literal for " + t.kind());
        }
    }

    private static Code parse(TypeName type, String v) {
        return new Code().type(type).text(".parse(").string(v).text(")");
    }

    /** The zero of a primitive type: {@code 0}, {@code 0L}, {@code false}... */
    static String zero(TypeName primitive) {
        if (primitive.equals(TypeName.BOOLEAN)) {
            return "false";
        }
        if (primitive.equals(TypeName.LONG)) {
            return "0L";
        }
        if (primitive.equals(TypeName.DOUBLE)) {
            return "0.0";
        }
        if (primitive.equals(TypeName.FLOAT)) {
            return "0.0f";
        }
        if (primitive.equals(TypeName.SHORT)) {
            return "(short) 0";
        }
        return "0";
    }
}
