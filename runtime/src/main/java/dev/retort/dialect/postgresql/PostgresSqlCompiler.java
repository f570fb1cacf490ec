package dev.retort.dialect.postgresql;

import dev.retort.sql.SqlType;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.SqlCompiler;

/**
 * PostgreSQL's SQL: generic with native ILIKE and RETURNING. A placeholder no neighbour gives a
 * type to ({@code ? IS NULL}, {@code ? = ?}) is cast to its type (TEXT when unknown), since a NULL
 * bound with an unspecified type there makes PostgreSQL fail with "could not determine data type
 * of parameter" (SQLState 42P18).
 */
final class PostgresSqlCompiler extends SqlCompiler {
    PostgresSqlCompiler() {
        super(PostgresDialect.PREPARER, PostgresDialect.TYPES, true);
    }

    @Override
    protected String placeholderText(String name, SqlType<?> type) {
        if (!inUntypedOperand()) {
            return "?";
        }
        SqlType<?> storage = type.storageType();
        return "CAST(? AS " + (storage.kind() == TypeKind.NULL ? "TEXT" : types.render(storage)) + ")";
    }

    @Override
    protected boolean supportsIlike() {
        return true;
    }
}
