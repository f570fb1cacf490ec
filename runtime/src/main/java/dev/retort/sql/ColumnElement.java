package dev.retort.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A typed SQL expression that yields a value: a column, a bound parameter, a function call, a
 * comparison. Its operator methods build larger expressions, typed so that
 * {@code User_.age.gt("x")} does not compile.
 *
 * <pre>{@code
 * users.c("name").eq("ed")                        // users.name = :name_1
 * addresses.c("email_address").like("%@gmail.com")
 * or(users.c("name").eq("will"), users.c("password").eq("test1"))
 * users.c("fullname").concat(", ").concat(addresses.c("email_address")).label("title")
 * }</pre>
 *
 * <p>Values given to operators are checked against this expression's {@link #type()} and always
 * sent as bound parameters, never spliced into the SQL. Comparing with {@code null} renders
 * {@code IS NULL} / {@code IS NOT NULL}.
 *
 * @param <T> the Java type of the expression's values
 */
public abstract class ColumnElement<T> implements ClauseElement {

    /** The SQL type of this expression's values. */
    public abstract SqlType<T> type();

    /**
     * The name this expression gives anonymous bind parameters compared with it, as SQLAlchemy
     * names them: a column's name ({@code :name_1}), a function's name ({@code :count_1});
     * {@code "param"} for anything else ({@code (x + 5) * 6} is {@code (t.x + :x_1) * :param_1}).
     */
    public String anonName() {
        return "param";
    }

    /**
     * The table column this expression stands for, or {@code null}: a column returns itself, an
     * ORM attribute its column. Used to name result columns and to find rows' values by column.
     */
    public Column<?> asColumn() {
        return null;
    }

    /** Describes this expression in error messages ("column users.id"). */
    protected String describe() {
        return "expression " + this;
    }

    /** Visits the direct sub-expressions; used to find the tables an expression refers to. */
    public void children(Consumer<ClauseElement> consumer) {}

    // ------------------------------------------------------------------ bind helpers

    /** A bound parameter for {@code value}, checked against this expression's type. */
    protected final BindParameter<T> bind(T value) {
        SqlType<T> t = type();
        // the description goes into an error message only: not built for a value bound as it is
        T v = t.takesAsIs(value) ? value : t.coerce(value, describe());
        return BindParameter.anonymous(anonName(), v, t);
    }

    private BindParameter<String> stringBind(String pattern) {
        return BindParameter.anonymous(anonName(), Objects.requireNonNull(pattern, "pattern"), SqlTypes.STRING);
    }

    private ColumnElement<Boolean> compare(Operator op, ColumnElement<?> right) {
        return new BinaryExpression<>(this, op, right, SqlTypes.BOOLEAN);
    }

    // ------------------------------------------------------------------ comparisons

    /** {@code this = value}; {@code this IS NULL} when {@code value} is null. */
    public final ColumnElement<Boolean> eq(T value) {
        return value == null ? isNull() : compare(Operator.EQ, bind(value));
    }

    /** {@code this = other}. */
    public final ColumnElement<Boolean> eq(ColumnElement<? extends T> other) {
        return compare(Operator.EQ, other);
    }

    /** {@code this != value}; {@code this IS NOT NULL} when {@code value} is null. */
    public final ColumnElement<Boolean> ne(T value) {
        return value == null ? isNotNull() : compare(Operator.NE, bind(value));
    }

    /** {@code this != other}. */
    public final ColumnElement<Boolean> ne(ColumnElement<? extends T> other) {
        return compare(Operator.NE, other);
    }

    /** {@code this < value}. */
    public final ColumnElement<Boolean> lt(T value) {
        return compare(Operator.LT, bind(Objects.requireNonNull(value, "value")));
    }

    /** {@code this < other}. */
    public final ColumnElement<Boolean> lt(ColumnElement<? extends T> other) {
        return compare(Operator.LT, other);
    }

    /** {@code this <= value}. */
    public final ColumnElement<Boolean> le(T value) {
        return compare(Operator.LE, bind(Objects.requireNonNull(value, "value")));
    }

    /** {@code this <= other}. */
    public final ColumnElement<Boolean> le(ColumnElement<? extends T> other) {
        return compare(Operator.LE, other);
    }

    /** {@code this > value}. */
    public final ColumnElement<Boolean> gt(T value) {
        return compare(Operator.GT, bind(Objects.requireNonNull(value, "value")));
    }

    /** {@code this > other}. */
    public final ColumnElement<Boolean> gt(ColumnElement<? extends T> other) {
        return compare(Operator.GT, other);
    }

    /** {@code this >= value}. */
    public final ColumnElement<Boolean> ge(T value) {
        return compare(Operator.GE, bind(Objects.requireNonNull(value, "value")));
    }

    /** {@code this >= other}. */
    public final ColumnElement<Boolean> ge(ColumnElement<? extends T> other) {
        return compare(Operator.GE, other);
    }

    // ------------------------------------------------------------------ int literals

    /*
     * Java does not box an int literal to Long, so without these count(x).gt(1) and
     * User_.id.eq(5) would not compile. The int is converted to this expression's type where that
     * is lossless (BIGINT, SMALLINT in range, NUMERIC, DOUBLE, ...); otherwise the usual
     * TypeMismatchException names the expression, when the condition is built.
     */

    /** {@code this = value}, an int literal converted losslessly to this expression's type. */
    public final ColumnElement<Boolean> eq(int value) {
        return compare(Operator.EQ, bind(type().coerce(value, describe())));
    }

    /** {@code this != value}, an int literal converted losslessly to this expression's type. */
    public final ColumnElement<Boolean> ne(int value) {
        return compare(Operator.NE, bind(type().coerce(value, describe())));
    }

    /** {@code this < value}, an int literal converted losslessly to this expression's type. */
    public final ColumnElement<Boolean> lt(int value) {
        return compare(Operator.LT, bind(type().coerce(value, describe())));
    }

    /** {@code this <= value}, an int literal converted losslessly to this expression's type. */
    public final ColumnElement<Boolean> le(int value) {
        return compare(Operator.LE, bind(type().coerce(value, describe())));
    }

    /** {@code this > value}, an int literal converted losslessly to this expression's type. */
    public final ColumnElement<Boolean> gt(int value) {
        return compare(Operator.GT, bind(type().coerce(value, describe())));
    }

    /** {@code this >= value}, an int literal converted losslessly to this expression's type. */
    public final ColumnElement<Boolean> ge(int value) {
        return compare(Operator.GE, bind(type().coerce(value, describe())));
    }

    /** {@code this BETWEEN low AND high}. */
    public final ColumnElement<Boolean> between(T low, T high) {
        return new Between(this, bind(Objects.requireNonNull(low, "low")), bind(Objects.requireNonNull(high, "high")), false);
    }

    /** {@code this BETWEEN low AND high} with expressions as bounds. */
    public final ColumnElement<Boolean> between(ColumnElement<? extends T> low, ColumnElement<? extends T> high) {
        return new Between(this, low, high, false);
    }

    /** {@code this NOT BETWEEN low AND high}. */
    public final ColumnElement<Boolean> notBetween(T low, T high) {
        return new Between(this, bind(Objects.requireNonNull(low, "low")), bind(Objects.requireNonNull(high, "high")), true);
    }

    /** {@code this IS NULL}. */
    public final ColumnElement<Boolean> isNull() {
        return compare(Operator.IS, Null.INSTANCE);
    }

    /** {@code this IS NOT NULL}. */
    public final ColumnElement<Boolean> isNotNull() {
        return compare(Operator.IS_NOT, Null.INSTANCE);
    }

    // ------------------------------------------------------------------ IN

    /** {@code this IN (:p_1, :p_2, ...)}; an empty list yields a condition that is always false. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public final ColumnElement<Boolean> in(T... values) {
        return in(List.of(values));
    }

    /** {@code this IN (...)} over a collection of values. */
    public final ColumnElement<Boolean> in(Collection<? extends T> values) {
        return inList(Operator.IN, values);
    }

    /** {@code this IN (SELECT ...)}. */
    public final ColumnElement<Boolean> in(Select subquery) {
        return compare(Operator.IN, new ScalarSubquery<>(subquery, SqlTypes.NULL));
    }

    /** {@code this NOT IN (...)}; an empty list yields a condition that is always true. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public final ColumnElement<Boolean> notIn(T... values) {
        return notIn(List.of(values));
    }

    /** {@code this NOT IN (...)} over a collection of values. */
    public final ColumnElement<Boolean> notIn(Collection<? extends T> values) {
        return inList(Operator.NOT_IN, values);
    }

    /** {@code this NOT IN (SELECT ...)}. */
    public final ColumnElement<Boolean> notIn(Select subquery) {
        return compare(Operator.NOT_IN, new ScalarSubquery<>(subquery, SqlTypes.NULL));
    }

    private ColumnElement<Boolean> inList(Operator op, Collection<? extends T> values) {
        if (values.isEmpty()) {
            return op == Operator.IN ? BooleanConstant.FALSE : BooleanConstant.TRUE;
        }
        List<ColumnElement<?>> binds = new ArrayList<>(values.size());
        for (T v : values) {
            binds.add(bind(Objects.requireNonNull(v, "IN values must not be null; use isNull()")));
        }
        return compare(op, new ExpressionList(binds));
    }

    // ------------------------------------------------------------------ string matching

    /** {@code this LIKE pattern}; {@code %} and {@code _} are wildcards. */
    public final ColumnElement<Boolean> like(String pattern) {
        return compare(Operator.LIKE, stringBind(pattern));
    }

    /** {@code this LIKE pattern ESCAPE 'escape'}. */
    public final ColumnElement<Boolean> like(String pattern, char escape) {
        return new BinaryExpression<>(this, Operator.LIKE, stringBind(pattern), SqlTypes.BOOLEAN, escape);
    }

    /** {@code this NOT LIKE pattern}. */
    public final ColumnElement<Boolean> notLike(String pattern) {
        return compare(Operator.NOT_LIKE, stringBind(pattern));
    }

    /**
     * Case-insensitive LIKE: {@code ILIKE} where the database has it, else
     * {@code lower(this) LIKE lower(pattern)}.
     */
    public final ColumnElement<Boolean> ilike(String pattern) {
        return compare(Operator.ILIKE, stringBind(pattern));
    }

    /** Case-insensitive NOT LIKE. */
    public final ColumnElement<Boolean> notIlike(String pattern) {
        return compare(Operator.NOT_ILIKE, stringBind(pattern));
    }

    /**
     * {@code this LIKE 'prefix%'}. The prefix is matched literally: any {@code %}, {@code _} or
     * {@code /} in it is escaped (SQLAlchemy's {@code autoescape=True}).
     */
    public final ColumnElement<Boolean> startsWith(String prefix) {
        return escapedLike(escapeLike(prefix) + "%");
    }

    /** {@code this LIKE '%suffix'}, the suffix matched literally. */
    public final ColumnElement<Boolean> endsWith(String suffix) {
        return escapedLike("%" + escapeLike(suffix));
    }

    /** {@code this LIKE '%part%'}, the part matched literally. */
    public final ColumnElement<Boolean> contains(String part) {
        return escapedLike("%" + escapeLike(part) + "%");
    }

    private ColumnElement<Boolean> escapedLike(String pattern) {
        return new BinaryExpression<>(this, Operator.LIKE, stringBind(pattern), SqlTypes.BOOLEAN, '/');
    }

    private static String escapeLike(String s) {
        Objects.requireNonNull(s, "pattern");
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '_' || c == '/') {
                b.append('/');
            }
            b.append(c);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ ordering

    /** {@code this ASC}, for ORDER BY. */
    public final ColumnElement<T> asc() {
        return UnaryExpression.postfix(this, Operator.ASC);
    }

    /** {@code this DESC}, for ORDER BY. */
    public final ColumnElement<T> desc() {
        return UnaryExpression.postfix(this, Operator.DESC);
    }

    /** {@code this NULLS FIRST}, for ORDER BY. */
    public final ColumnElement<T> nullsFirst() {
        return UnaryExpression.postfix(this, Operator.NULLS_FIRST);
    }

    /** {@code this NULLS LAST}, for ORDER BY. */
    public final ColumnElement<T> nullsLast() {
        return UnaryExpression.postfix(this, Operator.NULLS_LAST);
    }

    // ------------------------------------------------------------------ naming, conversion

    /** {@code this AS name}: names the expression in the select list and in result rows. */
    public final Label<T> label(String name) {
        return new Label<>(name, this);
    }

    /** {@code CAST(this AS type)}. */
    public final <R> ColumnElement<R> cast(SqlType<R> type) {
        return new Cast<>(this, type);
    }

    /** {@code DISTINCT this}, as an aggregate's argument: {@code count(distinct(x))}. */
    public final ColumnElement<T> distinct() {
        return UnaryExpression.prefix(Operator.DISTINCT, this, type());
    }

    // ------------------------------------------------------------------ arithmetic and concatenation

    /** String concatenation: {@code this || value}. */
    public final ColumnElement<String> concat(String value) {
        return new BinaryExpression<>(this, Operator.CONCAT,
                BindParameter.anonymous(anonName(), Objects.requireNonNull(value, "value"), SqlTypes.STRING),
                SqlTypes.STRING);
    }

    /** String concatenation: {@code this || other}. */
    public final ColumnElement<String> concat(ColumnElement<?> other) {
        return new BinaryExpression<>(this, Operator.CONCAT, other, SqlTypes.STRING);
    }

    /** {@code this + value}. */
    public final ColumnElement<T> plus(T value) {
        return new BinaryExpression<>(this, Operator.ADD, bind(Objects.requireNonNull(value, "value")), type());
    }

    /** {@code this + other}. */
    public final ColumnElement<T> plus(ColumnElement<? extends T> other) {
        return new BinaryExpression<>(this, Operator.ADD, other, type());
    }

    /** {@code this - value}. */
    public final ColumnElement<T> minus(T value) {
        return new BinaryExpression<>(this, Operator.SUB, bind(Objects.requireNonNull(value, "value")), type());
    }

    /** {@code this - other}. */
    public final ColumnElement<T> minus(ColumnElement<? extends T> other) {
        return new BinaryExpression<>(this, Operator.SUB, other, type());
    }

    /** {@code this * value}. */
    public final ColumnElement<T> times(T value) {
        return new BinaryExpression<>(this, Operator.MUL, bind(Objects.requireNonNull(value, "value")), type());
    }

    /** {@code this * other}. */
    public final ColumnElement<T> times(ColumnElement<? extends T> other) {
        return new BinaryExpression<>(this, Operator.MUL, other, type());
    }

    /** {@code this / value}. */
    public final ColumnElement<T> div(T value) {
        return new BinaryExpression<>(this, Operator.DIV, bind(Objects.requireNonNull(value, "value")), type());
    }

    /** {@code this / other}. */
    public final ColumnElement<T> div(ColumnElement<? extends T> other) {
        return new BinaryExpression<>(this, Operator.DIV, other, type());
    }

    /** {@code -this}. */
    public final ColumnElement<T> negate() {
        return UnaryExpression.prefix(Operator.NEG, this, type());
    }

    /** Renders generic SQL with named parameters. */
    @Override
    public String toString() {
        return compile().sql();
    }
}
