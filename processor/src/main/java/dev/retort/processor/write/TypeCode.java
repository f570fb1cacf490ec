package dev.retort.processor.write;

import com.palantir.javapoet.CodeBlock;
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
    static CodeBlock columnType(ColumnModel c) {
        CodeBlock stored = storedType(c.type());
        if (c.converter() == null) {
            return stored;
        }
        String constant = converterConstant(c);
        return CodeBlock.of("$T.converted($T.class, $L, $N::toDatabase, $N::toJava)", Names.SQL_TYPES,
                c.boxedType(), stored, constant, constant);
    }

    /** A plain SQL type expression. */
    static CodeBlock storedType(SqlTypeModel t) {
        switch (t.kind()) {
            case VARCHAR:
                return t.length() == null ? CodeBlock.of("$T.STRING", Names.SQL_TYPES)
                        : CodeBlock.of("$T.string($L)", Names.SQL_TYPES, t.length());
            case VARBINARY:
                return t.length() == null ? CodeBlock.of("$T.BLOB", Names.SQL_TYPES)
                        : CodeBlock.of("$T.varbinary($L)", Names.SQL_TYPES, t.length());
            case NUMERIC:
                return t.precision() == null ? CodeBlock.of("$T.NUMERIC", Names.SQL_TYPES)
                        : CodeBlock.of("$T.numeric($L, $L)", Names.SQL_TYPES, t.precision(), t.scale());
            case TIMESTAMP_TZ:
                return CodeBlock.of("$T.$L", Names.SQL_TYPES, t.javaClass() != null ? "INSTANT" : "TIMESTAMP_TZ");
            case UUID: return CodeBlock.of("$T.UUID_TYPE", Names.SQL_TYPES);
            case ENUM: return CodeBlock.of("$T.enumType($T.values())", Names.SQL_TYPES, t.enumType());
            default: return CodeBlock.of("$T.$L", Names.SQL_TYPES, t.kind().name());
        }
    }

    /** The default value's literal in the field's type, or {@code null} when the column has none. */
    static CodeBlock defaultValue(ColumnModel c, String literal) {
        if (literal == null) {
            return null;
        }
        CodeBlock stored = literal(c.type(), literal);
        return c.converter() == null ? stored : CodeBlock.of("$N.toJava($L)", converterConstant(c), stored);
    }

    private static CodeBlock literal(SqlTypeModel t, String v) {
        switch (t.kind()) {
            case INTEGER: case BOOLEAN: case DOUBLE: return CodeBlock.of("$L", v);
            case BIGINT: return CodeBlock.of("$LL", v);
            case SMALLINT: return CodeBlock.of("(short) $L", v);
            case REAL: return CodeBlock.of("$Lf", v);
            case VARCHAR: case TEXT: return CodeBlock.of("$S", v);
            case NUMERIC: return CodeBlock.of("new $T($S)", Names.BIG_DECIMAL, v);
            case DATE: return CodeBlock.of("$T.parse($S)", Names.LOCAL_DATE, v);
            case TIME: return CodeBlock.of("$T.parse($S)", Names.LOCAL_TIME, v);
            case TIMESTAMP: return CodeBlock.of("$T.parse($S)", Names.LOCAL_DATE_TIME, v);
            case TIMESTAMP_TZ:
                return CodeBlock.of("$T.parse($S)", t.javaClass() != null ? Names.INSTANT : Names.OFFSET_DATE_TIME, v);
            case UUID: return CodeBlock.of("$T.fromString($S)", Names.UUID, v);
            case ENUM: return CodeBlock.of("$T.$L", t.enumType(), v);
            default: throw new IllegalStateException("No literal for " + t.kind());
        }
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
