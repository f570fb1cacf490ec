package dev.retort.sql.compile;

import dev.retort.exc.CompileException;
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
import dev.retort.sql.Operator;
import dev.retort.sql.ResultKeys;
import dev.retort.sql.ScalarSubquery;
import dev.retort.sql.Select;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlVisitor;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Subquery;
import dev.retort.sql.Table;
import dev.retort.sql.TextClause;
import dev.retort.sql.UnaryExpression;
import dev.retort.sql.Update;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders queries and DML as SQL text with their parameters in order. This class renders generic
 * SQL; a dialect subclasses it and overrides the protected hooks (paging, placeholders, ILIKE,
 * functions without FROM, RETURNING).
 *
 * <p>Single-use: call {@link #compile} once per instance.
 *
 * <p>Why one class of about 700 lines: it is one visitor whose output buffer, parameter list,
 * anonymous-name counters and correlation stack every statement kind shares (a subquery in an
 * UPDATE's SET renders into the same buffer and correlates to the UPDATE's table), and dialects
 * override its hooks across all of them. What does not need that state has moved out:
 * {@code ExpressionShapes} (precedence, grouping, bind names), {@code AnonymousNames},
 * {@code FromList} (FROM items of a SELECT) and {@link dev.retort.sql.ResultKeys} (result
 * names). {@code DmlCompiler} renders INSERT,
 * UPDATE and DELETE into the same state.
 */
public class SqlCompiler implements SqlVisitor {
    private static final Set<String> NO_PAREN_FUNCTIONS = Set.of(
            "current_date", "current_time", "current_timestamp", "current_user", "localtime", "localtimestamp",
            "session_user", "user");

    /** The dialect's quoting rules, for table, column, alias and label names. */
    protected final IdentifierPreparer preparer;
    /** The dialect's type names, for the target type of a CAST. */
    protected final TypeCompiler types;
    private final boolean positional;

    final StringBuilder sql = new StringBuilder(128);
    private final List<CompiledParameter> params = new ArrayList<>();
    /** Per placeholder, the bind parameter of the statement it renders, or {@code null} (see {@link CompiledCache}). */
    private final List<BindParameter<?>> sources = new ArrayList<>();
    /** The bind parameter the next placeholder renders. */
    private BindParameter<?> source;
    private final AnonymousNames anonymous = new AnonymousNames();
    final Deque<Select> selects = new ArrayDeque<>();
    final Deque<List<FromClause>> fromStack = new ArrayDeque<>();
    Collection<String> columnKeys;
    boolean qualifyColumns = true;
    private boolean inColumnsClause;
    private boolean labelEveryColumn;
    private boolean uncorrelated;
    private boolean bareSelectItem;
    private boolean untypedOperand;
    private int functionDepth;
    private Select orderingSelect;
    List<ResultColumn> resultColumns = List.of();
    private boolean used;
    private final DmlCompiler dml = new DmlCompiler(this);

    /**
     * @param preparer quoting rules
     * @param types type names for CAST
     * @param positional {@code ?} placeholders (JDBC) when true, {@code :name} when false
     */
    public SqlCompiler(IdentifierPreparer preparer, TypeCompiler types, boolean positional) {
        this.preparer = preparer;
        this.types = types;
        this.positional = positional;
    }

    /** Compiles a statement or expression. */
    public final Compiled compile(ClauseElement element) {
        return compile(element, null);
    }

    /**
     * Compiles a statement for execution with parameters named {@code columnKeys}: an INSERT or
     * UPDATE without values then covers exactly those columns.
     */
    public final Compiled compile(ClauseElement element, Collection<String> columnKeys) {
        if (used) {
            throw new IllegalStateException("A SqlCompiler compiles one statement; ask the dialect for a new one");
        }
        used = true;
        this.columnKeys = columnKeys == null ? null : new LinkedHashSet<>(columnKeys);
        element.accept(this);
        return new Compiled(element, sql.toString(), params, resultColumns, true, sources);
    }

    // ------------------------------------------------------------------ output helpers

    /** Appends SQL text. */
    protected final SqlCompiler append(String s) {
        sql.append(s);
        return this;
    }

    /** Renders a sub-element in place. */
    protected final void process(ClauseElement e) {
        e.accept(this);
    }

    void list(List<? extends ClauseElement> items, String separator) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            process(items.get(i));
        }
    }

    /** Adds a placeholder for a value and records the parameter. */
    protected final void placeholder(String name, SqlType<?> type, Object value, boolean hasValue,
            Supplier<?> defaultValue) {
        params.add(new CompiledParameter(name, type, value, hasValue, defaultValue));
        sources.add(source);
        source = null;
        sql.append(placeholderText(name, type));
    }

    /** The placeholder text for a parameter: {@code ?} or {@code :name}. Dialects may wrap it in a CAST. */
    protected String placeholderText(String name, SqlType<?> type) {
        return positional ? "?" : ":" + name;
    }

    /** Whether placeholders are positional. */
    protected final boolean isPositional() {
        return positional;
    }

    /** Whether the element being rendered is in the select list (some databases need typed placeholders there). */
    protected final boolean inColumnsClause() {
        return inColumnsClause;
    }

    /** Whether the element being rendered is a function argument (some databases need typed placeholders there). */
    protected final boolean inFunctionArguments() {
        return functionDepth > 0;
    }

    /**
     * Whether the placeholder being rendered is a select-list item by itself ({@code SELECT ?}),
     * so no other operand tells the database its type.
     */
    protected final boolean isBareSelectItem() {
        return bareSelectItem;
    }

    /**
     * Whether the placeholder being rendered is an operand no neighbour gives a type to: the
     * operand of {@code IS [NOT] NULL}, or an operand of a comparison, arithmetic, concatenation,
     * IN or BETWEEN whose operands are all parameters or NULL ({@code ? = ?}). Databases that
     * infer parameter types from the other operand (Derby, PostgreSQL) need a CAST there.
     */
    protected final boolean inUntypedOperand() {
        return untypedOperand;
    }

    // ------------------------------------------------------------------ expressions

    @Override
    public void visitColumn(Column<?> column) {
        FromClause t = column.table();
        if (qualifyColumns && t != null) {
            if (t instanceof Table) {
                sql.append(preparer.formatTable((Table) t)).append('.');
            } else if (t instanceof Alias) {
                sql.append(preparer.quote(((Alias) t).name())).append('.');
            } else if (t instanceof Subquery) {
                sql.append(preparer.quote(subqueryName((Subquery) t))).append('.');
            }
        }
        sql.append(preparer.quote(column.name()));
    }

    private String subqueryName(Subquery s) {
        return s.name();
    }

    @Override
    public void visitBindParameter(BindParameter<?> bind) {
        String name = bind.isUnique() ? anonymous.nameFor(bind, bind.key()) : bind.key();
        source = bind;
        placeholder(name, bind.type(), bind.value(), bind.hasValue(), null);
    }

    @Override
    public void visitBinary(BinaryExpression<?> b) {
        Operator op = b.operator();
        if ((op == Operator.ILIKE || op == Operator.NOT_ILIKE) && !supportsIlike()) {
            renderIlike(b);
            return;
        }
        if (op == Operator.CONCAT && !supportsConcatOperator()) {
            renderConcatFunction(b);
            return;
        }
        boolean savedUntyped = untypedOperand;
        untypedOperand = ExpressionShapes.isUntypedLeaf(b.left()) && ExpressionShapes.isUntypedLeaf(b.right());
        operand(b.left(), op);
        sql.append(' ').append(operatorSql(op)).append(' ');
        operand(b.right(), op);
        untypedOperand = savedUntyped;
        if (b.escape() != null) {
            sql.append(" ESCAPE ").append(escapeLiteral(b.escape()));
        }
    }

    /**
     * The string literal after ESCAPE in LIKE. Generic: the character in single quotes, a quote
     * doubled; databases where a backslash escapes inside literals (MySQL) override this.
     */
    protected String escapeLiteral(char escape) {
        return "'" + (escape == '\'' ? "''" : String.valueOf(escape)) + "'";
    }

    /** Whether {@code a || b} concatenates strings; when not, {@link #renderConcatFunction} renders it. */
    protected boolean supportsConcatOperator() {
        return true;
    }

    /** String concatenation as {@code CONCAT(a, b)}, for databases where {@code ||} means OR (MySQL). */
    protected void renderConcatFunction(BinaryExpression<?> b) {
        functionDepth++;
        sql.append("CONCAT(");
        process(b.left());
        sql.append(", ");
        process(b.right());
        sql.append(')');
        functionDepth--;
    }

    /**
     * Case-insensitive LIKE. Generic: {@code lower(x) LIKE lower(y)}; databases with ILIKE
     * override this.
     */
    protected void renderIlike(BinaryExpression<?> b) {
        functionDepth++;
        sql.append("lower(");
        process(b.left());
        sql.append(") ").append(b.operator() == Operator.ILIKE ? "LIKE" : "NOT LIKE").append(" lower(");
        process(b.right());
        sql.append(')');
        functionDepth--;
    }

    /** Whether the database has a native ILIKE operator; when not, {@link #renderIlike} emulates it. */
    protected boolean supportsIlike() {
        return false;
    }

    /** The SQL for an operator. Dialects override where they spell one differently. */
    protected String operatorSql(Operator op) {
        return op.sql();
    }

    private void operand(ColumnElement<?> child, Operator parent) {
        int cp = ExpressionShapes.precedence(child);
        // as SQLAlchemy's is_precedent(): an operand binding no tighter than its operator is grouped, on
        // either side, unless it is the same associative operator ((a - b) - c, a + b + c)
        boolean wrap = cp < parent.precedence()
                || (cp == parent.precedence() && !(parent.isAssociative() && ExpressionShapes.sameOperator(child, parent)));
        if (wrap) {
            sql.append('(');
            process(child);
            sql.append(')');
        } else {
            process(child);
        }
    }

    @Override
    public void visitUnary(UnaryExpression<?> u) {
        if (u.operator() != null) {
            Operator op = u.operator();
            if (op == Operator.NOT) {
                sql.append("NOT ");
                boolean atom = ExpressionShapes.precedence(u.element()) == 100;
                if (!atom) {
                    sql.append('(');
                }
                process(u.element());
                if (!atom) {
                    sql.append(')');
                }
            } else if (op == Operator.NEG) {
                sql.append('-');
                operand(u.element(), op);
            } else {
                sql.append(op.sql()).append(' ');
                process(u.element());
            }
        } else {
            process(u.element());
            sql.append(' ').append(u.modifier().sql());
        }
    }

    @Override
    public void visitBooleanList(BooleanClauseList list) {
        String sep = " " + list.operator().sql() + " ";
        List<ColumnElement<Boolean>> clauses = list.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                sql.append(sep);
            }
            operand(clauses.get(i), list.operator());
        }
    }

    @Override
    public void visitExpressionList(ExpressionList list) {
        sql.append('(');
        list(list.elements(), ", ");
        sql.append(')');
    }

    @Override
    public void visitBetween(Between b) {
        boolean savedUntyped = untypedOperand;
        untypedOperand = ExpressionShapes.isUntypedLeaf(b.expression()) && ExpressionShapes.isUntypedLeaf(b.low()) && ExpressionShapes.isUntypedLeaf(b.high());
        operand(b.expression(), Operator.BETWEEN);
        sql.append(b.isNegated() ? " NOT BETWEEN " : " BETWEEN ");
        operand(b.low(), Operator.BETWEEN);
        sql.append(" AND ");
        operand(b.high(), Operator.BETWEEN);
        untypedOperand = savedUntyped;
    }

    @Override
    public void visitFunction(FunctionCall<?> f) {
        renderFunction(f);
    }

    /** Renders a function call; dialects override to translate names. */
    protected void renderFunction(FunctionCall<?> f) {
        if (f.arguments().isEmpty() && NO_PAREN_FUNCTIONS.contains(f.name().toLowerCase(Locale.ROOT))) {
            sql.append(f.name().toUpperCase(Locale.ROOT));
            return;
        }
        sql.append(preparer.formatFunctionName(f.name())).append('(');
        functionDepth++;
        list(f.arguments(), ", ");
        functionDepth--;
        sql.append(')');
    }

    @Override
    public void visitCast(Cast<?> c) {
        sql.append("CAST(");
        process(c.expression());
        sql.append(" AS ").append(types.render(c.type())).append(')');
    }

    @Override
    public void visitLabel(Label<?> label) {
        if (orderingSelect != null && orderingSelect.selectedColumns().contains(label)) {
            sql.append(preparer.quote(label.name()));
        } else {
            process(label.element());
        }
    }

    @Override
    public void visitGrouping(Grouping<?> g) {
        sql.append('(');
        process(g.element());
        sql.append(')');
    }

    @Override
    public void visitNull(Null n) {
        sql.append("NULL");
    }

    @Override
    public void visitBooleanConstant(BooleanConstant c) {
        sql.append(c.value() ? "1 = 1" : "0 = 1"); // SQLAlchemy's spelling without native booleans
    }

    @Override
    public void visitLiteralColumn(LiteralColumn<?> literal) {
        sql.append(literal.text());
    }

    @Override
    public void visitScalarSubquery(ScalarSubquery<?> s) {
        sql.append('(');
        nested(s.select());
        sql.append(')');
    }

    @Override
    public void visitExists(Exists e) {
        sql.append("EXISTS (");
        nested(e.select());
        sql.append(')');
    }

    void nested(Select s) {
        boolean savedInColumns = inColumnsClause;
        boolean savedBare = bareSelectItem;
        boolean savedUntyped = untypedOperand;
        Select savedOrdering = orderingSelect;
        int savedDepth = functionDepth;
        inColumnsClause = false;
        bareSelectItem = false;
        untypedOperand = false;
        functionDepth = 0;
        process(s);
        inColumnsClause = savedInColumns;
        bareSelectItem = savedBare;
        untypedOperand = savedUntyped;
        orderingSelect = savedOrdering;
        functionDepth = savedDepth;
    }

    // ------------------------------------------------------------------ FROM items

    @Override
    public void visitTable(Table table) {
        sql.append(preparer.formatTable(table));
    }

    @Override
    public void visitAlias(Alias alias) {
        sql.append(preparer.formatTable(alias.table())).append(" AS ").append(preparer.quote(alias.name()));
    }

    @Override
    public void visitJoin(Join join) {
        process(join.left());
        sql.append(join.isOuter() ? " LEFT OUTER JOIN " : " JOIN ");
        if (join.right() instanceof Join) {
            sql.append('('); // a JOIN b ON ... nested on the right: (b JOIN c ON ...) ON ...
            process(join.right());
            sql.append(')');
        } else {
            process(join.right());
        }
        sql.append(" ON ");
        process(join.onClause());
    }

    @Override
    public void visitSubquery(Subquery subquery) {
        sql.append('(');
        labelEveryColumn = true; // its columns are named by the statement around it, as SQLAlchemy labels them
        uncorrelated = true; // a FROM item is not correlated to the statement it is in
        nested(subquery.select());
        sql.append(") AS ").append(preparer.quote(subqueryName(subquery)));
    }

    // ------------------------------------------------------------------ SELECT

    @Override
    public void visitSelect(Select s) {
        boolean top = selects.isEmpty();
        List<FromClause> enclosing = new ArrayList<>();
        if (!uncorrelated) {
            for (List<FromClause> fs : fromStack) {
                enclosing.addAll(fs);
            }
        }
        uncorrelated = false;
        List<FromClause> froms = s.inferredFroms(enclosing);
        selects.push(s);
        fromStack.push(froms);

        sql.append("SELECT ");
        if (s.isDistinct()) {
            sql.append("DISTINCT ");
        }
        List<ColumnElement<?>> cols = s.selectedColumns();
        if (cols.isEmpty()) {
            throw new CompileException("A SELECT needs at least one column");
        }
        List<String> keys = s.resultKeys();
        boolean savedInColumns = inColumnsClause;
        boolean labelAll = labelEveryColumn;
        labelEveryColumn = false;
        inColumnsClause = true;
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            columnClause(cols.get(i), keys.get(i), labelAll);
        }
        inColumnsClause = savedInColumns;
        if (froms.isEmpty()) {
            sql.append(noFromClause());
        } else {
            sql.append(" FROM ");
            list(froms, ", ");
        }
        whereClause(s.whereClauses());
        Select savedOrdering = orderingSelect;
        orderingSelect = s;
        if (!s.groupByClauses().isEmpty()) {
            sql.append(" GROUP BY ");
            list(s.groupByClauses(), ", ");
        }
        if (!s.havingClauses().isEmpty()) {
            sql.append(" HAVING ");
            process(BooleanClauseList.of(Operator.AND, s.havingClauses()));
        }
        if (!s.orderByClauses().isEmpty()) {
            sql.append(" ORDER BY ");
            list(s.orderByClauses(), ", ");
        }
        orderingSelect = savedOrdering;
        if (s.limitValue() != null || s.offsetValue() != null) {
            renderLimitOffset(s.limitValue(), s.offsetValue());
        }
        if (s.isForUpdate()) {
            sql.append(forUpdateClause());
        }
        fromStack.pop();
        selects.pop();
        if (top) {
            List<ResultColumn> rc = new ArrayList<>(cols.size());
            for (int i = 0; i < cols.size(); i++) {
                rc.add(new ResultColumn(keys.get(i), cols.get(i).type(), cols.get(i)));
            }
            resultColumns = rc;
        }
    }

    /**
     * One select-list item, labelled when its result key is not the name the database gives it,
     * or, with {@code labelAll} (a subquery's columns), whenever it is a named column.
     */
    void columnClause(ColumnElement<?> c, String key, boolean labelAll) {
        if (c.asColumn() != null) {
            process(c);
        } else {
            selectItem(c instanceof Label ? ((Label<?>) c).element() : c);
        }
        if ((labelAll && c.asColumn() != null) || !key.equals(ResultKeys.naturalName(c))) {
            sql.append(" AS ").append(preparer.quote(key));
            if (c.asColumn() == null && !(c instanceof Label)) {
                anonymous.reserve(key);
            }
        }
    }

    private void selectItem(ColumnElement<?> c) {
        boolean saved = bareSelectItem;
        bareSelectItem = c instanceof BindParameter;
        process(c);
        bareSelectItem = saved;
    }

    void whereClause(List<? extends ClauseElement> where) {
        if (where.isEmpty()) {
            return;
        }
        sql.append(" WHERE ");
        for (int i = 0; i < where.size(); i++) {
            if (i > 0) {
                sql.append(" AND ");
            }
            ClauseElement w = where.get(i);
            boolean wrap = where.size() > 1 && (w instanceof ColumnElement
                    ? ExpressionShapes.precedence((ColumnElement<?>) w) < Operator.AND.precedence() : w instanceof TextClause);
            if (wrap) {
                sql.append('(');
            }
            process(w);
            if (wrap) {
                sql.append(')');
            }
        }
    }

    /** Appends the text for a SELECT without FROM items. Generic: nothing. */
    protected String noFromClause() {
        return "";
    }

    /** Appends LIMIT and OFFSET (either may be {@code null}). Generic: {@code LIMIT :param_1 OFFSET :param_2}. */
    protected void renderLimitOffset(Integer limit, Integer offset) {
        if (limit != null) {
            sql.append(" LIMIT ");
            process(BindParameter.anonymous("param", limit, SqlTypes.INTEGER));
        }
        if (offset != null) {
            sql.append(" OFFSET ");
            process(BindParameter.anonymous("param", offset, SqlTypes.INTEGER));
        }
    }

    /** The FOR UPDATE clause. */
    protected String forUpdateClause() {
        return " FOR UPDATE";
    }

    // ------------------------------------------------------------------ DML (DmlCompiler)

    @Override
    public void visitInsert(Insert ins) {
        dml.insert(ins);
    }

    @Override
    public void visitUpdate(Update upd) {
        dml.update(upd);
    }

    @Override
    public void visitDelete(Delete del) {
        dml.delete(del);
    }

    /** The text after {@code INSERT INTO t} when no column gets a value. Generic: {@code DEFAULT VALUES}. */
    protected String defaultValuesClause(Table table) {
        return " DEFAULT VALUES";
    }

    /**
     * One INSERT of {@code rows} rows for an executemany of {@code single}; its parameters are those
     * of {@code single}, row after row. With a {@code keyColumn}, it returns that column, and the
     * generated keys, in ascending order, are the rows' keys in parameter order
     * ({@link dev.retort.dialect.Feature#INSERT_MANY_VALUES}); with {@code null}, it returns
     * nothing. {@code null} when the dialect has no such form, or when {@code single} is not an
     * {@code INSERT INTO t (...) VALUES (?, ...)} this compiler rendered with a placeholder for
     * every column. Generic: {@code null}.
     */
    public String insertManyValues(Compiled single, int rows, String keyColumn) {
        return null;
    }

    /**
     * {@code INSERT INTO t (a, b)} of {@code single} when the rest of it is {@code VALUES (?, ?)},
     * one placeholder per parameter; otherwise {@code null}.
     */
    protected static String insertValuesHead(Compiled single) {
        int n = single.parameters().size();
        String sql = single.sql();
        if (n == 0 || !sql.startsWith("INSERT INTO ")) {
            return null;
        }
        StringBuilder values = new StringBuilder(" VALUES (");
        for (int i = 1; i < n; i++) {
            values.append("?, ");
        }
        String tail = values.append("?)").toString();
        return sql.endsWith(tail) && sql.charAt(sql.length() - tail.length() - 1) == ')'
                ? sql.substring(0, sql.length() - tail.length()) : null;
    }

    /** Whether RETURNING can be rendered. */
    protected boolean supportsReturning() {
        return true;
    }

    // ------------------------------------------------------------------ text

    @Override
    public void visitText(TextClause text) {
        for (Object part : text.parts()) {
            if (part instanceof TextClause.Name) {
                BindParameter<?> b = text.bindParameters().get(((TextClause.Name) part).name());
                source = b;
                placeholder(b.key(), b.type(), b.value(), b.hasValue(), null);
            } else {
                sql.append((String) part);
            }
        }
        if (selects.isEmpty() && !text.resultColumns().isEmpty()) {
            List<ResultColumn> rc = new ArrayList<>();
            for (ColumnElement<?> c : text.resultColumns()) {
                String key = c.asColumn() != null ? c.asColumn().name() : c instanceof Label
                        ? ((Label<?>) c).name() : c.anonName();
                rc.add(new ResultColumn(key, c.type(), c));
            }
            resultColumns = rc;
        }
    }

    // ------------------------------------------------------------------ DDL is not ours

    @Override
    public void visitCreateTable(CreateTable create) {
        throw new CompileException("Compile DDL with a DdlCompiler");
    }

    @Override
    public void visitDropTable(DropTable drop) {
        throw new CompileException("Compile DDL with a DdlCompiler");
    }

    @Override
    public void visitCreateIndex(CreateIndex create) {
        throw new CompileException("Compile DDL with a DdlCompiler");
    }

    @Override
    public void visitDropIndex(DropIndex drop) {
        throw new CompileException("Compile DDL with a DdlCompiler");
    }
}
