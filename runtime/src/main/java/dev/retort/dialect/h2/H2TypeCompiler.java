package dev.retort.dialect.h2;

import dev.retort.sql.compile.TypeCompiler;

/**
 * H2's type names: {@code CLOB}, {@code BLOB}, {@code BINARY VARYING(n)}, {@code DOUBLE PRECISION},
 * native {@code UUID} and {@code TIMESTAMP WITH TIME ZONE}, and {@code DECFLOAT} for a NUMERIC
 * without precision.
 */
final class H2TypeCompiler extends TypeCompiler {
    @Override
    protected String text() {
        return "CLOB";
    }

    @Override
    protected String numeric(Integer precision, Integer scale) {
        return precision == null ? "DECFLOAT" : super.numeric(precision, scale);
    }

    @Override
    protected String varbinary(Integer length) {
        return length == null ? "BINARY VARYING" : "BINARY VARYING(" + length + ")";
    }
}
