package dev.retort.dialect.mysql;

import dev.retort.exc.CompileException;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanConstant;
import dev.retort.sql.Cast;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Delete;
import dev.retort.sql.Operator;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.UnaryExpression;
import dev.retort.sql.Update;
import dev.retort.sql.compile.SqlCompiler;

/**
 * MySQL's and MariaDB's SQL.
 *
 * <ul>
 *   <li>{@code a || b} is {@code CONCAT(a, b)}: {@code ||} means OR unless the server runs with
 *       {@code PIPES_AS_CONCAT}.
 *   <li>ILIKE is the generic {@code lower(a) LIKE lower(b)}.
 *   <li>A backslash escapes inside string literals, so {@code ESCAPE '\'} is written
 *       {@code ESCAPE '\\'}.
 *   <li>{@code true} and {@code false} are literals.
 *   <li>OFFSET needs a LIMIT: an OFFSET alone gets the largest one, {@code 18446744073709551615},
 *       as the MySQL manual advises.
 *   <li>An INSERT with no values is {@code INSERT INTO t () VALUES ()}.
 *   <li>CAST knows only a few type names: {@code SIGNED}, {@code CHAR(n)}, {@code DECIMAL(p, s)},
 *       {@code DOUBLE}, {@code FLOAT}, {@code DATE}, {@code TIME(6)}, {@code DATETIME(6)},
 *       {@code BINARY}.
 *   <li>NULLS FIRST / NULLS LAST do not exist: {@code ORDER BY a NULLS FIRST} is written
 *       {@code ORDER BY a IS NULL DESC, a}, and NULLS LAST {@code a IS NULL, a}.
 *   <li>RETURNING: none on MySQL; MariaDB has {@code INSERT ... RETURNING} (and DELETE, which
 *       Retort leaves out with UPDATE, which MariaDB lacks: {@code Feature.UPDATE_RETURNING}
 *       covers both).
 * </ul>
 */
final class MySqlSqlCompiler extends SqlCompiler {
    /** The largest row count, the LIMIT that goes with an OFFSET alone. */
    private static final String NO_LIMIT = "18446744073709551615";

    private final boolean returning;

    MySqlSqlCompiler(boolean returning) {
        super(MySqlDialect.PREPARER, MySqlDialect.TYPES, true);
        this.returning = returning;
    }

    @Override
    protected boolean supportsConcatOperator() {
        return false;
    }

    @Override
    protected String escapeLiteral(char escape) {
        if (escape == '\\') {
            return "'\\\\'";
        }
        return super.escapeLiteral(escape);
    }

    @Override
    public void visitBooleanConstant(BooleanConstant c) {
        append(c.value() ? "true" : "false");
    }

    @Override
    protected void renderLimitOffset(Integer limit, Integer offset) {
        if (limit != null) {
            append(" LIMIT ");
            process(BindParameter.anonymous("param", limit, SqlTypes.INTEGER));
        } else if (offset != null) {
            append(" LIMIT " + NO_LIMIT);
        }
        if (offset != null) {
            append(" OFFSET ");
            process(BindParameter.anonymous("param", offset, SqlTypes.INTEGER));
        }
    }

    @Override
    protected String defaultValuesClause(Table table) {
        return " () VALUES ()";
    }

    @Override
    protected boolean supportsReturning() {
        return returning;
    }

    @Override
    public void visitUpdate(Update upd) {
        if (!upd.returningColumns().isEmpty()) {
            throw new CompileException("MySQL and MariaDB have no UPDATE ... RETURNING; read the values back "
                    + "with a SELECT after the UPDATE");
        }
        super.visitUpdate(upd);
    }

    @Override
    public void visitDelete(Delete del) {
        if (!del.returningColumns().isEmpty()) {
            throw new CompileException("MySQL and MariaDB have no UPDATE ... RETURNING, so Retort offers no "
                    + "DELETE ... RETURNING either; read the values with a SELECT first");
        }
        super.visitDelete(del);
    }

    @Override
    public void visitUnary(UnaryExpression<?> u) {
        Operator m = u.modifier();
        if (m != Operator.NULLS_FIRST && m != Operator.NULLS_LAST) {
            super.visitUnary(u);
            return;
        }
        ColumnElement<?> ordered = u.element();
        ColumnElement<?> value = ordered;
        if (ordered instanceof UnaryExpression && (((UnaryExpression<?>) ordered).modifier() == Operator.ASC
                || ((UnaryExpression<?>) ordered).modifier() == Operator.DESC)) {
            value = ((UnaryExpression<?>) ordered).element();
        }
        process(value);
        append(m == Operator.NULLS_FIRST ? " IS NULL DESC, " : " IS NULL, ");
        process(ordered);
    }

    @Override
    public void visitCast(Cast<?> c) {
        append("CAST(");
        process(c.expression());
        append(" AS " + castType(c.type()) + ")");
    }

    /** The type name CAST accepts for {@code type}. */
    static String castType(SqlType<?> type) {
        SqlType<?> t = type.storageType();
        switch (t.kind()) {
            case INTEGER: case BIGINT: case SMALLINT: case BOOLEAN: return "SIGNED";
            case VARCHAR: case ENUM: return t.length() == null ? "CHAR" : "CHAR(" + t.length() + ")";
            case UUID: return "CHAR(36)";
            case REAL: return "FLOAT";
            case DOUBLE: return "DOUBLE";
            case NUMERIC: return MySqlDialect.TYPES.render(t);
            case DATE: return "DATE";
            case TIME: return "TIME(6)";
            case TIMESTAMP: case TIMESTAMP_TZ: return "DATETIME(6)";
            case BLOB: case VARBINARY: return "BINARY";
            default: return "CHAR";
        }
    }
}
