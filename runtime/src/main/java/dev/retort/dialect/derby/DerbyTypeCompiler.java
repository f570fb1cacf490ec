package dev.retort.dialect.derby;

import dev.retort.exc.CompileException;
import dev.retort.sql.compile.TypeCompiler;

/**
 * Derby's type names: {@code CLOB}, {@code DOUBLE}, {@code CHAR(36)} for UUIDs, {@code TIMESTAMP}
 * (UTC) for instants, {@code VARCHAR(n) FOR BIT DATA} for short binaries. VARCHAR needs a length
 * (255 when none is given) and NUMERIC a precision ({@code NUMERIC(31, 10)} when none is given).
 */
final class DerbyTypeCompiler extends TypeCompiler {
    /** The longest VARCHAR and VARCHAR FOR BIT DATA Derby has. */
    static final int MAX_VARCHAR = 32672;
    /** The largest NUMERIC precision Derby has. */
    static final int MAX_PRECISION = 31;

    @Override
    protected String varchar(Integer length) {
        if (length != null && length > MAX_VARCHAR) {
            throw new CompileException("Derby's VARCHAR holds at most " + MAX_VARCHAR + " characters, not " + length
                    + "; use TEXT (CLOB) for longer strings");
        }
        return "VARCHAR(" + (length == null ? 255 : length) + ")";
    }

    @Override
    protected String text() {
        return "CLOB";
    }

    @Override
    protected String doublePrecision() {
        return "DOUBLE";
    }

    @Override
    protected String numeric(Integer precision, Integer scale) {
        if (precision != null && precision > MAX_PRECISION) {
            throw new CompileException("Derby's NUMERIC has at most " + MAX_PRECISION + " digits, not " + precision
                    + "; lower the precision or store the value as DOUBLE or a string");
        }
        return precision == null ? "NUMERIC(31, 10)" : super.numeric(precision, scale);
    }

    @Override
    protected String timestampTz() {
        return "TIMESTAMP";
    }

    @Override
    protected String uuid() {
        return "CHAR(36)";
    }

    @Override
    protected String varbinary(Integer length) {
        if (length != null && length > MAX_VARCHAR) {
            throw new CompileException("Derby's VARCHAR FOR BIT DATA holds at most " + MAX_VARCHAR + " bytes, not "
                    + length + "; use BLOB for longer values");
        }
        return length == null ? "BLOB" : "VARCHAR(" + length + ") FOR BIT DATA";
    }
}
