package dev.retort.dialect.mysql;

import dev.retort.exc.CompileException;
import dev.retort.sql.compile.TypeCompiler;

/**
 * MySQL's and MariaDB's type names.
 *
 * <ul>
 *   <li>BOOLEAN is {@code BOOLEAN}, which both servers store as {@code TINYINT(1)}.
 *   <li>VARCHAR needs a length: 255 when none is given (as on Derby).
 *   <li>TEXT is {@code LONGTEXT} and BLOB {@code LONGBLOB}: plain {@code TEXT} and {@code BLOB}
 *       hold only 64 KB, and Retort's TEXT and BLOB are unbounded.
 *   <li>TIME and TIMESTAMP keep microseconds: {@code TIME(6)} and {@code DATETIME(6)}.
 *       {@code TIMESTAMP} is not used: it converts through the session time zone and ends in 2038.
 *   <li>TIMESTAMP WITH TIME ZONE has no equivalent: {@code DATETIME(6)} holding the instant in UTC.
 *   <li>UUID is {@code CHAR(36)}: MySQL has no UUID type, MariaDB only from 10.7.
 *   <li>REAL is {@code FLOAT} (MySQL's REAL means DOUBLE); DOUBLE PRECISION is {@code DOUBLE}.
 *   <li>NUMERIC is {@code DECIMAL(p, s)}, {@code DECIMAL(65, 30)} when no precision is given
 *       (a bare DECIMAL would be DECIMAL(10, 0) and drop every fraction).
 * </ul>
 */
final class MySqlTypeCompiler extends TypeCompiler {
    /** The largest DECIMAL precision. */
    static final int MAX_PRECISION = 65;
    /** The largest DECIMAL scale. */
    static final int MAX_SCALE = 30;

    @Override
    protected String varchar(Integer length) {
        return "VARCHAR(" + (length == null ? 255 : length) + ")";
    }

    @Override
    protected String text() {
        return "LONGTEXT";
    }

    @Override
    protected String real() {
        return "FLOAT";
    }

    @Override
    protected String doublePrecision() {
        return "DOUBLE";
    }

    @Override
    protected String numeric(Integer precision, Integer scale) {
        if (precision == null) {
            return "DECIMAL(" + MAX_PRECISION + ", " + MAX_SCALE + ")";
        }
        if (precision > MAX_PRECISION || (scale != null && scale > MAX_SCALE)) {
            throw new CompileException("MySQL's DECIMAL has at most " + MAX_PRECISION + " digits, " + MAX_SCALE
                    + " of them after the point, not NUMERIC(" + precision + (scale == null ? "" : ", " + scale)
                    + "); lower the precision or store the value as DOUBLE or a string");
        }
        return scale == null ? "DECIMAL(" + precision + ")" : "DECIMAL(" + precision + ", " + scale + ")";
    }

    @Override
    protected String time() {
        return "TIME(6)";
    }

    @Override
    protected String timestamp() {
        return "DATETIME(6)";
    }

    @Override
    protected String timestampTz() {
        return "DATETIME(6)";
    }

    @Override
    protected String uuid() {
        return "CHAR(36)";
    }

    @Override
    protected String blob() {
        return "LONGBLOB";
    }

    @Override
    protected String varbinary(Integer length) {
        return length == null ? "LONGBLOB" : "VARBINARY(" + length + ")";
    }
}
