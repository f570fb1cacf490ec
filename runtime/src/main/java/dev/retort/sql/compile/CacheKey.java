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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

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

    private CacheKey(Object[] tokens, int hash) {
        this.tokens = tokens;
        this.hash = hash;
    }

    /**
     * The key of {@code statement} executed with parameters named {@code keys}, and its bind
     * parameters in key order; {@code null} when the statement cannot be cached.
     */
    public static Extracted of(ClauseElement statement, Collection<String> keys) {
        Walker w = new Walker();
        if (!w.walk(statement, keys)) {
            return null;
        }
        return new Extracted(w.key(), w.binds());
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

    /**
     * Walks a statement as the compiler does, writing what shapes the SQL into tokens. A walker can
     * be used again ({@link #walk} starts afresh), so that a lookup that finds its compilation
     * allocates no key: {@link CompiledCache} keeps one per thread and looks the tokens up in place
     * ({@link #hashCode()} and {@link #equals} are those of the key the tokens would make), and
     * makes a {@link CacheKey} only to keep a new compilation.
     */
    static final class Walker implements SqlVisitor {
        private Object[] tokens = new Object[64];
        private int size;
        private BindParameter<?>[] binds = new BindParameter<?>[8];
        private int bindCount;
        private int hash;
        private boolean uncacheable;
        /** Whether a walk's tokens are in use (a walker found busy is not shared: see {@link CompiledCache}). */
        boolean busy;

        /**
         * Walks {@code statement} executed with parameters named {@code keys}; {@code false} when
         * it cannot be cached. Forgets the last walk first.
         */
        boolean walk(ClauseElement statement, Collection<String> keys) {
            clear();
            statement.accept(this);
            if (uncacheable) {
                return false;
            }
            if (keys != null && !keys.isEmpty()) {
                add("keys");
                add(List.copyOf(keys));
            }
            int h = 1;
            for (int i = 0; i < size; i++) {
                Object t = tokens[i];
                h = 31 * h + (t == null ? 0 : t.hashCode());
            }
            hash = h; // Arrays.hashCode of the tokens: the hash of the key they make
            return true;
        }

        /** Drops the last walk's tokens and bind parameters (they hold values the application bound). */
        void clear() {
            if (tokens.length > 4096) {
                tokens = new Object[64]; // a thread keeps no large array after one large statement (a long IN list)
                binds = new BindParameter<?>[8];
            }
            Arrays.fill(tokens, 0, Math.min(size, tokens.length), null);
            Arrays.fill(binds, 0, Math.min(bindCount, binds.length), null);
            size = 0;
            bindCount = 0;
            uncacheable = false;
        }

        /** The key of the last walk (a copy of its tokens). */
        CacheKey key() {
            return new CacheKey(Arrays.copyOf(tokens, size), hash);
        }

        /** The bind parameters of the last walk, in key order (a copy). */
        List<BindParameter<?>> binds() {
            return List.of(Arrays.copyOf(binds, bindCount));
        }

        /** The {@code i}th bind parameter of the last walk. */
        BindParameter<?> bind(int i) {
            return binds[i];
        }

        /** The number of bind parameters of the last walk. */
        int bindCount() {
            return bindCount;
        }

        /** The hash of the key the last walk's tokens make. */
        @Override
        public int hashCode() {
            return hash;
        }

        /** Whether {@code o} is the key the last walk's tokens make. */
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CacheKey)) {
                return false;
            }
            CacheKey k = (CacheKey) o;
            if (k.hash != hash || k.tokens.length != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (!Objects.equals(k.tokens[i], tokens[i])) {
                    return false;
                }
            }
            return true;
        }

        private void add(Object token) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = token;
        }

        private void node(ClauseElement e) {
            add(e.getClass());
        }

        private void each(List<? extends ClauseElement> items) {
            int n = items.size();
            add(n);
            if (items instanceof RandomAccess) {
                for (int i = 0; i < n; i++) {
                    items.get(i).accept(this); // no iterator per list: a statement has a dozen of them
                }
            } else {
                for (ClauseElement e : items) {
                    e.accept(this);
                }
            }
        }

        @Override
        public void visitColumn(Column<?> column) {
            node(column);
            FromClause t = column.table();
            if (t instanceof Table) {
                add(column); // a table's column: by identity
            } else if (t == null) {
                add(column.name());
                add(column.type());
            } else if (t instanceof Alias || t instanceof Subquery) {
                t.accept(this); // its name and contents (a FROM item may come only from its columns)
                add(column.name());
                add(column.type());
            } else {
                uncacheable = true;
            }
        }

        @Override
        public void visitBindParameter(BindParameter<?> bind) {
            node(bind);
            add(bind.key());
            add(bind.type());
            add(bind.isUnique());
            add(bind.hasValue());
            if (bindCount == binds.length) {
                binds = Arrays.copyOf(binds, bindCount * 2);
            }
            binds[bindCount++] = bind;
        }

        @Override
        public void visitBinary(BinaryExpression<?> b) {
            node(b);
            add(b.operator());
            add(b.type());
            add(b.escape());
            b.left().accept(this);
            b.right().accept(this);
        }

        @Override
        public void visitUnary(UnaryExpression<?> u) {
            node(u);
            add(u.operator());
            add(u.modifier());
            add(u.type());
            u.element().accept(this);
        }

        @Override
        public void visitBooleanList(BooleanClauseList list) {
            node(list);
            add(list.operator());
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
            add(between.isNegated());
            between.expression().accept(this);
            between.low().accept(this);
            between.high().accept(this);
        }

        @Override
        public void visitFunction(FunctionCall<?> function) {
            node(function);
            add(function.name());
            add(function.type());
            each(function.arguments());
        }

        @Override
        public void visitCast(Cast<?> cast) {
            node(cast);
            add(cast.type());
            cast.expression().accept(this);
        }

        @Override
        public void visitLabel(Label<?> label) {
            node(label);
            add(label.name());
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
            add(constant.value());
        }

        @Override
        public void visitLiteralColumn(LiteralColumn<?> literal) {
            node(literal);
            add(literal.text());
            add(literal.type());
        }

        @Override
        public void visitScalarSubquery(ScalarSubquery<?> subquery) {
            node(subquery);
            add(subquery.type());
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
            add(table); // by identity
        }

        @Override
        public void visitAlias(Alias alias) {
            node(alias);
            add(alias.table());
            add(alias.name());
        }

        @Override
        public void visitJoin(Join join) {
            node(join);
            add(join.isOuter());
            join.left().accept(this);
            join.right().accept(this);
            join.onClause().accept(this);
        }

        @Override
        public void visitSubquery(Subquery subquery) {
            node(subquery);
            add(subquery.name());
            subquery.select().accept(this);
        }

        @Override
        public void visitSelect(Select s) {
            node(s);
            add(s.isDistinct());
            add(s.isForUpdate());
            add(s.limitValue()); // rendered from the statement, as the compiler's own parameters
            add(s.offsetValue());
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
            add(text.text());
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
