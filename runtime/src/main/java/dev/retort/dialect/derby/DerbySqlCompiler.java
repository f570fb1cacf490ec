package dev.retort.dialect.derby;

import dev.retort.exc.CompileException;
import dev.retort.sql.BinaryExpression;
import dev.retort.sql.BindParameter;
import dev.retort.sql.Cast;
import dev.retort.sql.Join;
import dev.retort.sql.Operator;
import dev.retort.sql.Select;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.SqlCompiler;
import java.util.List;

/**
 * Derby's SQL: {@code OFFSET/FETCH} paging, {@code <>}, {@code FROM SYSIBM.SYSDUMMY1} for a SELECT
 * without tables, typed placeholders where Derby cannot infer a type, concatenations cast back to
 * VARCHAR, numbers cast to strings through CHAR, no RETURNING, and {@code (col) VALUES (DEFAULT)}
 * for an INSERT without values.
 */
final class DerbySqlCompiler extends SqlCompiler {
    /** The VARCHAR Derby types an untyped string parameter or a concatenation as. */
    private static final String LONGEST_VARCHAR = "VARCHAR(" + DerbyTypeCompiler.MAX_VARCHAR + ")";

    private boolean inConcat;

    DerbySqlCompiler() {
        super(DerbyDialect.PREPARER, DerbyDialect.TYPES, true);
    }

    /**
     * {@code CAST(? AS type)} where Derby cannot type a parameter: a select-list item by itself,
     * an operand with no typed neighbour ({@code ? = ?}), a function argument.
     */
    @Override
    protected String placeholderText(String name, SqlType<?> type) {
        boolean untyped = isBareSelectItem() || inUntypedOperand();
        if (!untyped && !inFunctionArguments()) {
            return "?";
        }
        SqlType<?> storage = type.storageType();
        if (storage.kind() == TypeKind.NULL) {
            // a function may still infer it (coalesce(col, ?)); elsewhere a string is the best guess
            return untyped ? "CAST(? AS " + LONGEST_VARCHAR + ")" : "?";
        }
        if (storage.kind() == TypeKind.VARCHAR && storage.length() == null) {
            return "CAST(? AS " + LONGEST_VARCHAR + ")";
        }
        return "CAST(? AS " + types.render(storage) + ")";
    }

    /** {@code a || b || c} becomes {@code CAST(a || b || c AS VARCHAR(32672))}: see the dialect's notes. */
    @Override
    public void visitBinary(BinaryExpression<?> b) {
        boolean saved = inConcat;
        if (b.operator() != Operator.CONCAT) {
            inConcat = false;
            super.visitBinary(b);
        } else if (saved) {
            super.visitBinary(b);
        } else {
            inConcat = true;
            append("CAST(");
            super.visitBinary(b);
            append(" AS " + LONGEST_VARCHAR + ")");
        }
        inConcat = saved;
    }

    /**
     * Derby casts numbers only to CHAR, never straight to VARCHAR or CLOB ("Cannot convert types
     * 'INTEGER' to 'VARCHAR'", 42846): {@code CAST(TRIM(CAST(x AS CHAR(254))) AS VARCHAR(n))}.
     */
    @Override
    public void visitCast(Cast<?> c) {
        TypeKind target = c.type().storageType().kind();
        boolean toText = target == TypeKind.VARCHAR || target == TypeKind.TEXT || target == TypeKind.ENUM;
        if (toText && c.expression().type().isNumeric()) {
            append("CAST(TRIM(CAST(");
            process(c.expression());
            append(" AS CHAR(254))) AS " + types.render(c.type()) + ")");
        } else {
            super.visitCast(c);
        }
    }

    @Override
    public void visitSelect(Select s) {
        if (s.isForUpdate()) {
            List<?> froms = s.inferredFroms(List.of());
            boolean singleTable = froms.size() == 1 && !(froms.get(0) instanceof Join);
            if (!s.orderByClauses().isEmpty() || s.isDistinct() || !s.groupByClauses().isEmpty()
                    || !s.havingClauses().isEmpty() || !singleTable) {
                throw new CompileException("Derby allows FOR UPDATE only on a SELECT from one table without "
                        + "ORDER BY, DISTINCT, GROUP BY or joins (SQLState 42Y90); lock the rows with a plain "
                        + "SELECT ... FOR UPDATE first, then run the query");
            }
        }
        super.visitSelect(s);
    }

    @Override
    protected String operatorSql(Operator op) {
        return op == Operator.NE ? "<>" : op.sql();
    }

    @Override
    protected String noFromClause() {
        return " FROM SYSIBM.SYSDUMMY1";
    }

    @Override
    protected void renderLimitOffset(Integer limit, Integer offset) {
        if (offset != null) {
            append(" OFFSET ");
            process(BindParameter.anonymous("param", offset, SqlTypes.INTEGER));
            append(" ROWS");
        }
        if (limit != null) {
            append(" FETCH FIRST ");
            process(BindParameter.anonymous("param", limit, SqlTypes.INTEGER));
            append(" ROWS ONLY");
        }
    }

    /** Derby has no {@code DEFAULT VALUES}: {@code INSERT INTO t (first_column) VALUES (DEFAULT)}. */
    @Override
    protected String defaultValuesClause(Table table) {
        return " (" + DerbyDialect.PREPARER.quote(table.columns().get(0).name()) + ") VALUES (DEFAULT)";
    }

    @Override
    protected boolean supportsReturning() {
        return false;
    }
}
