package dev.retort.dialect.postgresql;

import dev.retort.sql.SqlType;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompiledParameter;
import dev.retort.sql.compile.SqlCompiler;
import java.util.List;

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

    /**
     * With a key column: {@code INSERT INTO t (a, b) SELECT CAST(p0 AS ...), CAST(p1 AS ...) FROM
     * (VALUES (?, ?, 0), (?, ?, 1), ...) AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter
     * RETURNING key}, as SQLAlchemy renders its "insertmanyvalues" for PostgreSQL: the rows are
     * inserted, and their identity or sequence values drawn, in the order of the counter. The casts
     * type a column whose parameters are all NULL (bound untyped, which VALUES would make TEXT); they
     * name the type without its length or precision, so a value too long for its column fails as
     * in a one-row INSERT instead of being cut by the cast. Without a key column: {@code INSERT INTO
     * t (a, b) VALUES (?, ?), (?, ?), ...}, whose values PostgreSQL types by their columns.
     */
    @Override
    public String insertManyValues(Compiled single, int rows, String keyColumn) {
        String head = insertValuesHead(single);
        if (head == null || rows < 1) {
            return null;
        }
        List<CompiledParameter> parameters = single.parameters();
        int width = parameters.size();
        StringBuilder sql = new StringBuilder(head.length() + 64 + width * 32 + rows * (width * 3 + 8));
        if (keyColumn == null) {
            sql.append(head).append(" VALUES ");
            for (int r = 0; r < rows; r++) {
                sql.append(r > 0 ? ", (" : "(");
                for (int i = 0; i < width; i++) {
                    sql.append(i > 0 ? ", ?" : "?");
                }
                sql.append(')');
            }
            return sql.toString();
        }
        sql.append(head).append(" SELECT ");
        for (int i = 0; i < width; i++) {
            sql.append(i > 0 ? ", " : "").append("CAST(p").append(i).append(" AS ")
                    .append(castType(parameters.get(i).type())).append(')');
        }
        sql.append(" FROM (VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r > 0 ? ", (" : "(");
            for (int i = 0; i < width; i++) {
                sql.append("?, ");
            }
            sql.append(r).append(')');
        }
        sql.append(") AS imp_sen(");
        for (int i = 0; i < width; i++) {
            sql.append('p').append(i).append(", ");
        }
        return sql.append("sen_counter) ORDER BY sen_counter RETURNING ").append(preparer.quote(keyColumn)).toString();
    }

    /** The type a column's parameters are cast to: its storage type, without length or precision. */
    private String castType(SqlType<?> type) {
        SqlType<?> storage = type.storageType();
        switch (storage.kind()) {
            case VARCHAR:
            case ENUM:
                return "VARCHAR";
            case NUMERIC:
                return "NUMERIC";
            case NULL:
                return "TEXT";
            default:
                return types.render(storage);
        }
    }

    @Override
    protected boolean supportsIlike() {
        return true;
    }
}
