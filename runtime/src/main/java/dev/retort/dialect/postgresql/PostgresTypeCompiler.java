package dev.retort.dialect.postgresql;

import dev.retort.sql.compile.TypeCompiler;

/** PostgreSQL's type names: {@code TEXT}, {@code BYTEA} for BLOB and VARBINARY; the rest are standard. */
final class PostgresTypeCompiler extends TypeCompiler {
    @Override
    protected String blob() {
        return "BYTEA";
    }

    @Override
    protected String varbinary(Integer length) {
        return "BYTEA";
    }
}
