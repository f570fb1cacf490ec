package dev.retort.sql;

/**
 * Double dispatch over every kind of {@link ClauseElement}; the SQL compiler implements it (DDL
 * elements are compiled by the DDL compiler, and the SQL compiler rejects them). A visitor that
 * does not handle a kind throws.
 */
public interface SqlVisitor {
    /** Visits a {@link Column} of a table, alias or subquery. */
    void visitColumn(Column<?> column);

    /** Visits a {@link BindParameter}. */
    void visitBindParameter(BindParameter<?> bind);

    /** Visits a {@link BinaryExpression}, {@code left operator right}. */
    void visitBinary(BinaryExpression<?> binary);

    /** Visits a {@link UnaryExpression}: a prefix operator or postfix modifier. */
    void visitUnary(UnaryExpression<?> unary);

    /** Visits a {@link BooleanClauseList}, an AND or OR of conditions. */
    void visitBooleanList(BooleanClauseList list);

    /** Visits an {@link ExpressionList}, the parenthesized right side of IN. */
    void visitExpressionList(ExpressionList list);

    /** Visits a {@link Between}, {@code [NOT] BETWEEN}. */
    void visitBetween(Between between);

    /** Visits a {@link FunctionCall}. */
    void visitFunction(FunctionCall<?> function);

    /** Visits a {@link Cast}, {@code CAST(expr AS type)}. */
    void visitCast(Cast<?> cast);

    /** Visits a {@link Label}, {@code expr AS name}. */
    void visitLabel(Label<?> label);

    /** Visits a {@link Grouping}, an expression in parentheses. */
    void visitGrouping(Grouping<?> grouping);

    /** Visits the {@link Null} literal. */
    void visitNull(Null nul);

    /** Visits a {@link BooleanConstant}, an always-true or always-false condition. */
    void visitBooleanConstant(BooleanConstant constant);

    /** Visits a {@link LiteralColumn}, SQL text used as an expression. */
    void visitLiteralColumn(LiteralColumn<?> literal);

    /** Visits a {@link ScalarSubquery}, a SELECT used as a value. */
    void visitScalarSubquery(ScalarSubquery<?> subquery);

    /** Visits an {@link Exists}, {@code EXISTS (SELECT ...)}. */
    void visitExists(Exists exists);

    /** Visits a {@link Table} as a FROM item. */
    void visitTable(Table table);

    /** Visits an {@link Alias} of a table as a FROM item. */
    void visitAlias(Alias alias);

    /** Visits a {@link Join}. */
    void visitJoin(Join join);

    /** Visits a {@link Subquery}, a named SELECT as a FROM item. */
    void visitSubquery(Subquery subquery);

    /** Visits a {@link Select} statement. */
    void visitSelect(Select select);

    /** Visits an {@link Insert} statement. */
    void visitInsert(Insert insert);

    /** Visits an {@link Update} statement. */
    void visitUpdate(Update update);

    /** Visits a {@link Delete} statement. */
    void visitDelete(Delete delete);

    /** Visits a {@link TextClause}, literal SQL text with bound parameters. */
    void visitText(TextClause text);

    /** Visits a {@link CreateTable} statement. */
    void visitCreateTable(CreateTable create);

    /** Visits a {@link DropTable} statement. */
    void visitDropTable(DropTable drop);

    /** Visits a {@link CreateIndex} statement. */
    void visitCreateIndex(CreateIndex create);

    /** Visits a {@link DropIndex} statement. */
    void visitDropIndex(DropIndex drop);

    /** Visits a {@link CreateSequence} statement; DDL is compiled by a {@code DdlCompiler}. */
    default void visitCreateSequence(CreateSequence create) {
        throw new dev.retort.exc.CompileException("Compile DDL with a DdlCompiler");
    }

    /** Visits a {@link DropSequence} statement; DDL is compiled by a {@code DdlCompiler}. */
    default void visitDropSequence(DropSequence drop) {
        throw new dev.retort.exc.CompileException("Compile DDL with a DdlCompiler");
    }
}
