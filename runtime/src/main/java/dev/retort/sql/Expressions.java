package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Factories for expressions, statements and schema items; {@link dev.retort.Retort} re-exports
 * all of them so one static import gives the seed's vocabulary.
 */
public final class Expressions {
    private Expressions() {}

    // ------------------------------------------------------------------ statements

    /** {@code SELECT} of columns, expressions and tables (whose columns are all selected). */
    public static Select select(ClauseElement... items) {
        return Select.of(items);
    }

    /** Literal SQL with {@code :name} parameters. */
    public static TextClause text(String sql) {
        return TextClause.of(sql);
    }

    /** {@code INSERT INTO table}. */
    public static Insert insert(Table table) {
        return table.insert();
    }

    /** {@code UPDATE table}. */
    public static Update update(Table table) {
        return table.update();
    }

    /** {@code DELETE FROM table}. */
    public static Delete delete(Table table) {
        return table.delete();
    }

    /** {@code EXISTS (select)}. */
    public static Exists exists(Select select) {
        return select.exists();
    }

    // ------------------------------------------------------------------ conjunctions

    /** {@code a AND b AND ...}. */
    @SafeVarargs
    public static ColumnElement<Boolean> and(ColumnElement<Boolean>... clauses) {
        return BooleanClauseList.and(clauses);
    }

    /** {@code a OR b OR ...}. */
    @SafeVarargs
    public static ColumnElement<Boolean> or(ColumnElement<Boolean>... clauses) {
        return BooleanClauseList.or(clauses);
    }

    /**
     * The negation of {@code clause}, as SQLAlchemy's {@code not_()} builds it: a comparison gets
     * its opposite operator ({@code x = 5} becomes {@code x != 5}, {@code IN} becomes {@code NOT IN},
     * {@code BETWEEN} becomes {@code NOT BETWEEN}), a constant its opposite, and anything else
     * {@code NOT (clause)}.
     */
    public static ColumnElement<Boolean> not(ColumnElement<Boolean> clause) {
        return Negation.of(Objects.requireNonNull(clause, "clause"));
    }

    /** A condition that is always true ({@code 1 = 1}). */
    public static ColumnElement<Boolean> true_() {
        return BooleanConstant.TRUE;
    }

    /** A condition that is always false ({@code 0 = 1}). */
    public static ColumnElement<Boolean> false_() {
        return BooleanConstant.FALSE;
    }

    // ------------------------------------------------------------------ values

    /** A value as a bound parameter, its type taken from the value. */
    public static <T> BindParameter<T> literal(T value) {
        return BindParameter.anonymous("param", value, SqlTypes.forValue(value));
    }

    /** A value as a bound parameter of the given type. */
    public static <T> BindParameter<T> literal(T value, SqlType<T> type) {
        return BindParameter.anonymous("param", type.coerce(value, "literal"), type);
    }

    /** A named parameter whose value is given at execution. */
    public static <T> BindParameter<T> bindParam(String name, SqlType<T> type) {
        return BindParameter.required(name, type);
    }

    /** A named parameter of unknown type whose value is given at execution. */
    public static BindParameter<Object> bindParam(String name) {
        return BindParameter.required(name, SqlTypes.NULL);
    }

    /** A named parameter with a value. */
    public static <T> BindParameter<T> bindParam(String name, T value, SqlType<T> type) {
        return BindParameter.named(name, type.coerce(value, "parameter '" + name + "'"), type);
    }

    /** SQL text used as a column expression, rendered as is. Never put user input here. */
    public static <T> LiteralColumn<T> literalColumn(String sql, SqlType<T> type) {
        return new LiteralColumn<>(sql, type);
    }

    /** The {@code NULL} keyword. */
    public static Null null_() {
        return Null.INSTANCE;
    }

    /** {@code CAST(expression AS type)}. */
    public static <T> ColumnElement<T> cast(ColumnElement<?> expression, SqlType<T> type) {
        return new Cast<>(expression, type);
    }

    /** {@code expression ASC}. */
    public static <T> ColumnElement<T> asc(ColumnElement<T> expression) {
        return expression.asc();
    }

    /** {@code expression DESC}. */
    public static <T> ColumnElement<T> desc(ColumnElement<T> expression) {
        return expression.desc();
    }

    /** {@code DISTINCT expression}, as an aggregate argument. */
    public static <T> ColumnElement<T> distinct(ColumnElement<T> expression) {
        return expression.distinct();
    }

    /** Parentheses around an expression. */
    public static <T> ColumnElement<T> grouping(ColumnElement<T> expression) {
        return new Grouping<>(expression);
    }

    // ------------------------------------------------------------------ functions

    /**
     * A SQL function call of unknown result type: {@code func("lower", users.c("name"))}. Plain
     * values among the arguments are bound as parameters.
     */
    public static FunctionCall<Object> func(String name, Object... arguments) {
        return func(name, SqlTypes.NULL, arguments);
    }

    /** A SQL function call with a declared result type: {@code func("lower", STRING, x)}. */
    public static <T> FunctionCall<T> func(String name, SqlType<T> type, Object... arguments) {
        List<ColumnElement<?>> args = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            args.add(a instanceof ColumnElement ? (ColumnElement<?>) a
                    : BindParameter.anonymous(name.toLowerCase(java.util.Locale.ROOT), a, SqlTypes.forValue(a)));
        }
        return new FunctionCall<>(name, args, type);
    }

    /** {@code count(*)}. */
    public static FunctionCall<Long> count() {
        return new FunctionCall<>("count", List.of(LiteralColumn.STAR), SqlTypes.BIGINT);
    }

    /** {@code count(expression)}. */
    public static FunctionCall<Long> count(ColumnElement<?> expression) {
        return new FunctionCall<>("count", List.of(expression), SqlTypes.BIGINT);
    }

    /** {@code sum(expression)}, of the expression's type. */
    public static <T> FunctionCall<T> sum(ColumnElement<T> expression) {
        return new FunctionCall<>("sum", List.of(expression), expression.type());
    }

    /** {@code min(expression)}. */
    public static <T> FunctionCall<T> min(ColumnElement<T> expression) {
        return new FunctionCall<>("min", List.of(expression), expression.type());
    }

    /** {@code max(expression)}. */
    public static <T> FunctionCall<T> max(ColumnElement<T> expression) {
        return new FunctionCall<>("max", List.of(expression), expression.type());
    }

    /** {@code avg(expression)} as a {@code Double} (databases differ in the type they return). */
    public static FunctionCall<Double> avg(ColumnElement<?> expression) {
        return new FunctionCall<>("avg", List.of(expression), SqlTypes.DOUBLE);
    }

    /** {@code lower(expression)}. */
    public static FunctionCall<String> lower(ColumnElement<String> expression) {
        return new FunctionCall<>("lower", List.of(expression), SqlTypes.STRING);
    }

    /** {@code upper(expression)}. */
    public static FunctionCall<String> upper(ColumnElement<String> expression) {
        return new FunctionCall<>("upper", List.of(expression), SqlTypes.STRING);
    }

    /** {@code coalesce(a, b, ...)}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public static <T> FunctionCall<T> coalesce(ColumnElement<T>... expressions) {
        if (expressions.length == 0) {
            throw new ArgumentException("coalesce() needs at least one expression");
        }
        return new FunctionCall<>("coalesce", List.of(expressions), expressions[0].type());
    }

    // ------------------------------------------------------------------ schema

    /** A column to add to a table: {@code column("id", INTEGER).primaryKey()}. */
    public static <T> Column<T> column(String name, SqlType<T> type) {
        return new Column<>(name, type);
    }

    /** A foreign key to {@code "table.column"}, to configure and pass to {@link Column#foreignKey(ForeignKey)}. */
    public static ForeignKey foreignKey(String target) {
        return new ForeignKey(target);
    }

    /** A composite PRIMARY KEY over the named columns. */
    public static PrimaryKeyConstraint primaryKeyConstraint(String... columns) {
        return new PrimaryKeyConstraint(null, List.of(columns));
    }

    /** A UNIQUE constraint over the named columns. */
    public static UniqueConstraint uniqueConstraint(String... columns) {
        return new UniqueConstraint(null, List.of(columns));
    }

    /** A named UNIQUE constraint. */
    public static UniqueConstraint uniqueConstraint(String name, List<String> columns) {
        return new UniqueConstraint(name, columns);
    }

    /** A CHECK constraint with SQL text. */
    public static CheckConstraint checkConstraint(String sql) {
        return new CheckConstraint(null, sql);
    }

    /** A (composite) FOREIGN KEY from {@code columns} to {@code targets} ({@code "table.column"} each). */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columns, List<String> targets) {
        return new ForeignKeyConstraint(null, columns, targets, null, null);
    }

    /** A (composite) FOREIGN KEY with an ON DELETE action. */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columns, List<String> targets,
            ReferentialAction onDelete) {
        return new ForeignKeyConstraint(null, columns, targets, onDelete, null);
    }

    /** An index over the named columns. */
    public static Index index(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    /** A unique index over the named columns. */
    public static Index uniqueIndex(String name, String... columns) {
        return new Index(name, List.of(columns), true);
    }

    // ------------------------------------------------------------------ DDL

    /** {@code CREATE TABLE}, to compile or execute. */
    public static CreateTable createTable(Table table) {
        return new CreateTable(table);
    }

    /** {@code DROP TABLE}. */
    public static DropTable dropTable(Table table) {
        return new DropTable(table);
    }

    /** {@code CREATE INDEX}. */
    public static CreateIndex createIndex(Index index) {
        return new CreateIndex(index);
    }

    /** {@code DROP INDEX}. */
    public static DropIndex dropIndex(Index index) {
        return new DropIndex(index);
    }
}
