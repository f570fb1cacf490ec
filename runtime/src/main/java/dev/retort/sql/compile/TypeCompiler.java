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
            case TIME: return "TIME";
            case TIMESTAMP: return timestamp();
            case TIMESTAMP_TZ: return timestampTz();
            case UUID: return uuid();
            case BLOB: return blob();
            case VARBINARY: return varbinary(t.length());
            case ENUM: return varchar(t.length());
            default: return nullType();
        }
    }

    protected String integer() {
        return "INTEGER";
    }

    protected String bigint() {
        return "BIGINT";
    }

    protected String smallint() {
        return "SMALLINT";
    }

    protected String varchar(Integer length) {
        return length == null ? "VARCHAR" : "VARCHAR(" + length + ")";
    }

    protected String text() {
        return "TEXT";
    }

    protected String bool() {
        return "BOOLEAN";
    }

    protected String real() {
        return "REAL";
    }

    protected String doublePrecision() {
        return "DOUBLE PRECISION";
    }

    protected String numeric(Integer precision, Integer scale) {
        if (precision == null) {
            return "NUMERIC";
        }
        return scale == null ? "NUMERIC(" + precision + ")" : "NUMERIC(" + precision + ", " + scale + ")";
    }

    protected String timestamp() {
        return "TIMESTAMP";
    }

    protected String timestampTz() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    protected String uuid() {
        return "UUID";
    }

    protected String blob() {
        return "BLOB";
    }

    protected String varbinary(Integer length) {
        return length == null ? "VARBINARY" : "VARBINARY(" + length + ")";
    }

    protected String nullType() {
        return "NULL";
    }
}
