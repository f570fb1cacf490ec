package dev.retort.sql;

/**
 * Double dispatch over every kind of {@link ClauseElement}; the SQL and DDL compilers implement
 * it. A visitor that does not handle a kind throws.
 */
public interface SqlVisitor {
    void visitColumn(Column<?> column);

    void visitBindParameter(BindParameter<?> bind);

    void visitBinary(BinaryExpression<?> binary);

    void visitUnary(UnaryExpression<?> unary);

    void visitBooleanList(BooleanClauseList list);

    void visitExpressionList(ExpressionList list);

    void visitBetween(Between between);

    void visitFunction(FunctionCall<?> function);

    void visitCast(Cast<?> cast);

    void visitLabel(Label<?> label);

    void visitGrouping(Grouping<?> grouping);

    void visitNull(Null nul);

    void visitBooleanConstant(BooleanConstant constant);

    void visitLiteralColumn(LiteralColumn<?> literal);

    void visitScalarSubquery(ScalarSubquery<?> subquery);

    void visitExists(Exists exists);

    void visitTable(Table table);

    void visitAlias(Alias alias);

    void visitJoin(Join join);

    void visitSubquery(Subquery subquery);

    void visitSelect(Select select);

    void visitInsert(Insert insert);

    void visitUpdate(Update update);

    void visitDelete(Delete delete);

    void visitText(TextClause text);

    void visitCreateTable(CreateTable create);

    void visitDropTable(DropTable drop);

    void visitCreateIndex(CreateIndex create);

    void visitDropIndex(DropIndex drop);
}
