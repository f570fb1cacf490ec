package dev.retort.sql.compile;

import dev.retort.sql.Alias;
import dev.retort.sql.Between;
import dev.retort.sql.BinaryExpression;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.BooleanConstant;
import dev.retort.sql.Cast;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.CreateIndex;
import dev.retort.sql.CreateTable;
import dev.retort.sql.Delete;
import dev.retort.sql.DropIndex;
import dev.retort.sql.DropTable;
import dev.retort.sql.Exists;
import dev.retort.sql.ExpressionList;
import dev.retort.sql.FromClause;
import dev.retort.sql.FunctionCall;
import dev.retort.sql.Grouping;
import dev.retort.sql.Insert;
import dev.retort.sql.Join;
import dev.retort.sql.Label;
import dev.retort.sql.LiteralColumn;
import dev.retort.sql.Null;
import dev.retort.sql.ScalarSubquery;
import dev.retort.sql.Select;
import dev.retort.sql.SqlVisitor;
import dev.retort.sql.Subquery;
import dev.retort.sql.Table;
import dev.retort.sql.TextClause;
import dev.retort.sql.UnaryExpression;
import dev.retort.sql.Update;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The structure of a statement, without its values: two statements with equal keys compile to the
 * same SQL, the same placeholders and the same result columns on one dialect, so one
 * {@link Compiled} serves both (SQLAlchemy's {@code _generate_cache_key}). The values of the
 * statement's bind parameters are left out of the key and collected, in the order the key walks
 * them, so that a cached compilation can be run with this statement's values.
 *
 * <p>The key records, for every node, its class and everything the compiler reads from it: table
 * and column objects by identity (a schema's objects live as long as the schema), aliases and
 * subqueries by their names and contents, operators, function names, literal text, SQL types, a
 * parameter's name, type and whether it has a value, LIMIT and OFFSET (rendered from the key), and
 * the parameter names given at execution. A statement the key does not cover (DDL, INSERT, UPDATE,
 * DELETE) has no key and is compiled every time.
 */
public final class CacheKey {
    private final Object[] tokens;
    private final int hash;

    private CacheKey(Object[] tokens) {
        this.tokens = tokens;
        this.hash = Arrays.hashCode(tokens);
    }

    /**
     * The key of {@code statement} executed with parameters named {@code keys}, and its bind
     * parameters in key order; {@code null} when the statement cannot be cached.
     */
    public static Extracted of(ClauseElement statement, Collection<String> keys) {
        Walker w = new Walker();
        statement.accept(w);
        if (w.uncacheable) {
            return null;
        }
        if (keys != null && !keys.isEmpty()) {
            w.tokens.add("keys");
            w.tokens.add(List.copyOf(keys));
        }
        return new Extracted(new CacheKey(w.tokens.toArray()), w.binds);
    }

    /** A statement's key and its bind parameters in the order the key met them. */
    public record Extracted(CacheKey key, List<BindParameter<?>> binds) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey && ((CacheKey) o).hash == hash && Arrays.equals(((CacheKey) o).tokens, tokens);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CacheKey" + Arrays.toString(tokens);
    }

    /** Walks a statement as the compiler does, writing what shapes the SQL into tokens. */
    private static final class Walker implements SqlVisitor {
        final List<Object> tokens = new ArrayList<>(64);
        final List<BindParameter<?>> binds = new ArrayList<>(4);
        boolean uncacheable;

        private void node(ClauseElement e) {
            tokens.add(e.getClass());
        }

        private void each(List<? extends ClauseElement> items) {
            tokens.add(items.size());
            for (ClauseElement e : items) {
                e.accept(this);
            }
        }

        @Override
        public void visitColumn(Column<?> column) {
            node(column);
            FromClause t = column.table();
            if (t instanceof Table) {
                tokens.add(column); // a table's column: by identity
            } else if (t == null) {
                tokens.add(column.name());
                tokens.add(column.type());
            } else if (t instanceof Alias || t instanceof Subquery) {
                t.accept(this); // its name and contents (a FROM item may come only from its columns)
                tokens.add(column.name());
                tokens.add(column.type());
            } else {
                uncacheable = true;
            }
        }

        @Override
        public void visitBindParameter(BindParameter<?> bind) {
            node(bind);
            tokens.add(bind.key());
            tokens.add(bind.type());
            tokens.add(bind.isUnique());
            tokens.add(bind.hasValue());
            binds.add(bind);
        }

        @Override
        public void visitBinary(BinaryExpression<?> b) {
            node(b);
            tokens.add(b.operator());
            tokens.add(b.type());
            tokens.add(b.escape());
            b.left().accept(this);
            b.right().accept(this);
        }

        @Override
        public void visitUnary(UnaryExpression<?> u) {
            node(u);
            tokens.add(u.operator());
            tokens.add(u.modifier());
            tokens.add(u.type());
            u.element().accept(this);
        }

        @Override
        public void visitBooleanList(BooleanClauseList list) {
            node(list);
            tokens.add(list.operator());
            each(list.clauses());
        }

        @Override
        public void visitExpressionList(ExpressionList list) {
            node(list);
            each(list.elements());
        }

        @Override
        public void visitBetween(Between between) {
            node(between);
            tokens.add(between.isNegated());
            between.expression().accept(this);
            between.low().accept(this);
            between.high().accept(this);
        }

        @Override
        public void visitFunction(FunctionCall<?> function) {
            node(function);
            tokens.add(function.name());
            tokens.add(function.type());
            each(function.arguments());
        }

        @Override
        public void visitCast(Cast<?> cast) {
            node(cast);
            tokens.add(cast.type());
            cast.expression().accept(this);
        }

        @Override
        public void visitLabel(Label<?> label) {
            node(label);
            tokens.add(label.name());
            label.element().accept(this);
        }

        @Override
        public void visitGrouping(Grouping<?> grouping) {
            node(grouping);
            grouping.element().accept(this);
        }

        @Override
        public void visitNull(Null nul) {
            node(nul);
        }

        @Override
        public void visitBooleanConstant(BooleanConstant constant) {
            node(constant);
            tokens.add(constant.value());
        }

        @Override
        public void visitLiteralColumn(LiteralColumn<?> literal) {
            node(literal);
            tokens.add(literal.text());
            tokens.add(literal.type());
        }

        @Override
        public void visitScalarSubquery(ScalarSubquery<?> subquery) {
            node(subquery);
            tokens.add(subquery.type());
            subquery.select().accept(this);
        }

        @Override
        public void visitExists(Exists exists) {
            node(exists);
            exists.select().accept(this);
        }

        @Override
        public void visitTable(Table table) {
            node(table);
            tokens.add(table); // by identity
        }

        @Override
        public void visitAlias(Alias alias) {
            node(alias);
            tokens.add(alias.table());
            tokens.add(alias.name());
        }

        @Override
        public void visitJoin(Join join) {
            node(join);
            tokens.add(join.isOuter());
            join.left().accept(this);
            join.right().accept(this);
            join.onClause().accept(this);
        }

        @Override
        public void visitSubquery(Subquery subquery) {
            node(subquery);
            tokens.add(subquery.name());
            subquery.select().accept(this);
        }

        @Override
        public void visitSelect(Select s) {
            node(s);
            tokens.add(s.isDistinct());
            tokens.add(s.isForUpdate());
            tokens.add(s.limitValue()); // rendered from the statement, as the compiler's own parameters
            tokens.add(s.offsetValue());
            each(s.selectedColumns());
            each(s.explicitFroms());
            each(s.whereClauses());
            each(s.groupByClauses());
            each(s.havingClauses());
            each(s.orderByClauses());
        }

        @Override
        public void visitText(TextClause text) {
            node(text);
            tokens.add(text.text());
            for (Object part : text.parts()) {
                if (part instanceof TextClause.Name) {
                    visitBindParameter(text.bindParameters().get(((TextClause.Name) part).name()));
                }
            }
            List<ColumnElement<?>> columns = text.resultColumns();
            each(columns);
        }

        @Override
        public void visitInsert(Insert insert) {
            uncacheable = true;
        }

        @Override
        public void visitUpdate(Update update) {
            uncacheable = true;
        }

        @Override
        public void visitDelete(Delete delete) {
            uncacheable = true;
        }

        @Override
        public void visitCreateTable(CreateTable create) {
            uncacheable = true;
        }

        @Override
        public void visitDropTable(DropTable drop) {
            uncacheable = true;
        }

        @Override
        public void visitCreateIndex(CreateIndex create) {
            uncacheable = true;
        }

        @Override
        public void visitDropIndex(DropIndex drop) {
            uncacheable = true;
        }

        @Override
        public void visitCreateSequence(dev.retort.sql.CreateSequence create) {
            uncacheable = true;
        }

        @Override
        public void visitDropSequence(dev.retort.sql.DropSequence drop) {
            uncacheable = true;
        }
    }
}
