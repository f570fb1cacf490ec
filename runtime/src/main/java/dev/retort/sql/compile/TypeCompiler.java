package dev.retort.sql.compile;

import dev.retort.sql.SqlType;

/**
 * Renders SQL types in DDL and CAST. Generic names here; each dialect overrides the kinds its
 * database spells differently (Derby's {@code CLOB}, PostgreSQL's {@code BYTEA}).
 */
public class TypeCompiler {

    /** The DDL for {@code type}'s storage type. */
    public String render(SqlType<?> type) {
        SqlType<?> t = type.storageType();
        switch (t.kind()) {
            case INTEGER: return integer();
            case BIGINT: return bigint();
            case SMALLINT: return smallint();
            case VARCHAR: return varchar(t.length());
            case TEXT: return text();
            case BOOLEAN: return bool();
            case REAL: return real();
            case DOUBLE: return doublePrecision();
            case NUMERIC: return numeric(t.precision(), t.scale());
            case DATE: return "DATE";
            case TIME: return time();
            case TIMESTAMP: return timestamp();
            case TIMESTAMP_TZ: return timestampTz();
            case UUID: return uuid();
            case BLOB: return blob();
            case VARBINARY: return varbinary(t.length());
            case ENUM: return varchar(t.length());
            default: return nullType();
        }
    }

    /** The type name for 32-bit integers. Generic: {@code INTEGER}. */
    protected String integer() {
        return "INTEGER";
    }

    /** The type name for 64-bit integers. Generic: {@code BIGINT}. */
    protected String bigint() {
        return "BIGINT";
    }

    /** The type name for 16-bit integers. Generic: {@code SMALLINT}. */
    protected String smallint() {
        return "SMALLINT";
    }

    /**
     * The type name for strings of at most {@code length} characters, also used for enums;
     * {@code length} is {@code null} when none was declared. Generic: {@code VARCHAR(length)}, or
     * bare {@code VARCHAR} without a length.
     */
    protected String varchar(Integer length) {
        return length == null ? "VARCHAR" : "VARCHAR(" + length + ")";
    }

    /** The type name for unbounded text. Generic: {@code TEXT}. */
    protected String text() {
        return "TEXT";
    }

    /** The type name for booleans. Generic: {@code BOOLEAN}. */
    protected String bool() {
        return "BOOLEAN";
    }

    /** The type name for single-precision floating point. Generic: {@code REAL}. */
    protected String real() {
        return "REAL";
    }

    /** The type name for double-precision floating point. Generic: {@code DOUBLE PRECISION}. */
    protected String doublePrecision() {
        return "DOUBLE PRECISION";
    }

    /**
     * The type name for exact decimals; {@code precision} and {@code scale} are {@code null} when
     * not declared. Generic: {@code NUMERIC(precision, scale)}, {@code NUMERIC(precision)}
     * without a scale, or bare {@code NUMERIC} without a precision.
     */
    protected String numeric(Integer precision, Integer scale) {
        if (precision == null) {
            return "NUMERIC";
        }
        return scale == null ? "NUMERIC(" + precision + ")" : "NUMERIC(" + precision + ", " + scale + ")";
    }

    /** The type name for a time of day. Generic: {@code TIME}. */
    protected String time() {
        return "TIME";
    }

    /** The type name for a date and time without time zone. Generic: {@code TIMESTAMP}. */
    protected String timestamp() {
        return "TIMESTAMP";
    }

    /** The type name for a date and time with time zone. Generic: {@code TIMESTAMP WITH TIME ZONE}. */
    protected String timestampTz() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    /** The type name for UUIDs. Generic: {@code UUID}. */
    protected String uuid() {
        return "UUID";
    }

    /** The type name for unbounded binary data. Generic: {@code BLOB}. */
    protected String blob() {
        return "BLOB";
    }

    /**
     * The type name for binary data of at most {@code length} bytes; {@code length} is {@code null}
     * when none was declared. Generic: {@code VARBINARY(length)}, or bare {@code VARBINARY} without
     * a length.
     */
    protected String varbinary(Integer length) {
        return length == null ? "VARBINARY" : "VARBINARY(" + length + ")";
    }

    /** The type name for a value of no known type (an untyped {@code NULL}). Generic: {@code NULL}. */
    protected String nullType() {
        return "NULL";
    }
}
