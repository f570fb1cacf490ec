package dev.retort.dialect.sqlite;

import dev.retort.sql.compile.TypeCompiler;

/**
 * SQLite type names: readable names whose affinity (SQLite's rules on the declared name) suits
 * the values Retort stores: INTEGER, BIGINT, SMALLINT, BOOLEAN (INTEGER/NUMERIC affinity, 0 or 1),
 * VARCHAR(n), TEXT, CHAR(36) for UUIDs (TEXT), REAL and DOUBLE PRECISION (REAL), NUMERIC(p, s),
 * DATE, TIME, TIMESTAMP and TIMESTAMP WITH TIME ZONE (NUMERIC affinity, which leaves ISO text
 * alone), BLOB and VARBINARY(n).
 */
final class SqliteTypeCompiler extends TypeCompiler {
    @Override
    protected String uuid() {
        return "CHAR(36)";
    }
}
