package dev.retort;

import dev.retort.engine.Engine;
import dev.retort.engine.reflect.Inspector;
import dev.retort.orm.Aliased;
import dev.retort.orm.LoaderOption;
import dev.retort.orm.ScopedSession;
import dev.retort.orm.SessionFactory;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.BindParameter;
import dev.retort.sql.Cast;
import dev.retort.sql.CheckConstraint;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.ConvertedType;
import dev.retort.sql.CreateIndex;
import dev.retort.sql.CreateTable;
import dev.retort.sql.Delete;
import dev.retort.sql.DropIndex;
import dev.retort.sql.DropTable;
import dev.retort.sql.EnumType;
import dev.retort.sql.Exists;
import dev.retort.sql.Expressions;
import dev.retort.sql.ForeignKey;
import dev.retort.sql.ForeignKeyConstraint;
import dev.retort.sql.FunctionCall;
import dev.retort.sql.Index;
import dev.retort.sql.Insert;
import dev.retort.sql.LiteralColumn;
import dev.retort.sql.Null;
import dev.retort.sql.PrimaryKeyConstraint;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.Select;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.TextClause;
import dev.retort.sql.UniqueConstraint;
import dev.retort.sql.Update;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The seed documents' vocabulary in one static import:
 *
 * <pre>{@code
 * import static dev.retort.Retort.*;
 *
 * Engine engine = createEngine("derby:///:memory:");
 * MetaData metadata = new MetaData();
 * Table users = metadata.table("users",
 *         column("id", INTEGER).primaryKey(),
 *         column("name", string(50)));
 * metadata.createAll(engine);
 * try (Connection conn = engine.connect()) {
 *     conn.execute(users.insert().values(Map.of("name", "jack")));
 *     for (Row row : conn.execute(select(users).where(users.c("name").like("j%")))) { ... }
 *     conn.commit();
 * }
 * }</pre>
 *
 * <p>Everything here delegates to the class that owns it ({@link Engine}, {@link Expressions},
 * {@link SqlTypes}); the names follow SQLAlchemy's, with a trailing underscore only where Java
 * reserves the word ({@code null_}, {@code true_}).
 */
public final class Retort {
    private Retort() {}

    // ------------------------------------------------------------------ engines

    /**
     * An engine for a database URL: {@code derby:///:memory:}, {@code derby:///path},
     * {@code h2:///:memory:}, {@code sqlite:///:memory:}, {@code postgresql://user:pass@host/db},
     * or any {@code jdbc:} URL. See {@link Engine#builder(String)} for options (echo, pool size).
     */
    public static Engine createEngine(String url) {
        return Engine.create(url);
    }

    /** The inspector of an engine's database: table names, columns, keys, indexes. */
    public static Inspector inspect(Engine engine) {
        return new Inspector(engine.dialect(), engine);
    }

    // ------------------------------------------------------------------ ORM

    /** A session factory bound to {@code engine}: {@code SessionFactory Session = sessionmaker(engine)}. */
    public static SessionFactory sessionmaker(Engine engine) {
        return new SessionFactory(engine);
    }

    /** A session factory to {@link SessionFactory#configure configure} later. */
    public static SessionFactory sessionmaker() {
        return new SessionFactory();
    }

    /** One session per thread from {@code factory}. */
    public static ScopedSession scopedSession(SessionFactory factory) {
        return new ScopedSession(factory);
    }

    /** A mapped class under another name in a query. */
    public static <E> Aliased<E> aliased(Class<E> type, String name) {
        return new Aliased<>(type, name);
    }

    /** Loader option: load the relationship with a LEFT OUTER JOIN in the same query. */
    public static LoaderOption joinedLoad(Relation<?, ?> relation) {
        return LoaderOption.joinedLoad(relation);
    }

    /** Loader option: load the relationship with one SELECT ... IN after the query. */
    public static LoaderOption selectinLoad(Relation<?, ?> relation) {
        return LoaderOption.selectinLoad(relation);
    }

    /** Loader option: load the relationship on first access. */
    public static LoaderOption lazyLoad(Relation<?, ?> relation) {
        return LoaderOption.lazyLoad(relation);
    }

    /** Loader option: do not load the relationship; touching it raises. */
    public static LoaderOption raiseLoad(Relation<?, ?> relation) {
        return LoaderOption.raiseLoad(relation);
    }

    // ------------------------------------------------------------------ types

    /** {@code INTEGER} ↔ {@code Integer}. */
    public static final SqlType<Integer> INTEGER = SqlTypes.INTEGER;
    /** {@code BIGINT} ↔ {@code Long}. */
    public static final SqlType<Long> BIGINT = SqlTypes.BIGINT;
    /** {@code SMALLINT} ↔ {@code Short}. */
    public static final SqlType<Short> SMALLINT = SqlTypes.SMALLINT;
    /**
     * {@code VARCHAR} with no length ↔ {@code String}: the dialect's default length where one is
     * required (255 on Derby); see {@link #string(int)}.
     */
    public static final SqlType<String> STRING = SqlTypes.STRING;
    /** {@code CLOB} / {@code TEXT} ↔ {@code String}. */
    public static final SqlType<String> TEXT = SqlTypes.TEXT;
    /** {@code BOOLEAN} ↔ {@code Boolean}. */
    public static final SqlType<Boolean> BOOLEAN = SqlTypes.BOOLEAN;
    /** {@code REAL} ↔ {@code Float}. */
    public static final SqlType<Float> REAL = SqlTypes.REAL;
    /** {@code DOUBLE PRECISION} ↔ {@code Double}. */
    public static final SqlType<Double> DOUBLE = SqlTypes.DOUBLE;
    /**
     * {@code NUMERIC} with the database's default precision ↔ {@code BigDecimal}; see
     * {@link #numeric(int, int)}.
     */
    public static final SqlType<BigDecimal> NUMERIC = SqlTypes.NUMERIC;
    /** {@code DATE} ↔ {@code LocalDate}. */
    public static final SqlType<LocalDate> DATE = SqlTypes.DATE;
    /** {@code TIME} ↔ {@code LocalTime}. */
    public static final SqlType<LocalTime> TIME = SqlTypes.TIME;
    /** {@code TIMESTAMP} ↔ {@code LocalDateTime}. */
    public static final SqlType<LocalDateTime> TIMESTAMP = SqlTypes.TIMESTAMP;
    /** {@code TIMESTAMP WITH TIME ZONE} ↔ {@code OffsetDateTime}. */
    public static final SqlType<OffsetDateTime> TIMESTAMP_TZ = SqlTypes.TIMESTAMP_TZ;
    /** {@code TIMESTAMP WITH TIME ZONE} ↔ {@code Instant}. */
    public static final SqlType<Instant> INSTANT = SqlTypes.INSTANT;
    /** {@code UUID} (native where the database has it, else {@code CHAR(36)}) ↔ {@code UUID}. */
    public static final SqlType<UUID> UUID_TYPE = SqlTypes.UUID_TYPE;
    /** {@code BLOB} / {@code BYTEA} ↔ {@code byte[]}. */
    public static final SqlType<byte[]> BLOB = SqlTypes.BLOB;

    /** {@code VARCHAR(length)}. */
    public static SqlType<String> string(int length) {
        return SqlTypes.string(length);
    }

    /** {@code VARCHAR(length)}, or {@link #STRING} when {@code length} is {@code null}. */
    public static SqlType<String> string(Integer length) {
        return SqlTypes.string(length);
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static SqlType<BigDecimal> numeric(int precision, int scale) {
        return SqlTypes.numeric(precision, scale);
    }

    /** {@code VARBINARY(length)}. */
    public static SqlType<byte[]> varbinary(int length) {
        return SqlTypes.varbinary(length);
    }

    /** {@code Enum('a', 'b', 'c')}: VARCHAR plus a CHECK constraint. */
    public static EnumType<String> enumType(String... values) {
        return SqlTypes.enumType(values);
    }

    /** An enumerated type over a Java enum's constants: {@code enumType(Status.values())}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public static <E extends Enum<E>> EnumType<E> enumType(E... constants) {
        return SqlTypes.enumType(constants);
    }

    /** A Java type stored as {@code base} through two conversion functions. */
    public static <J, D> ConvertedType<J, D> converted(Class<J> javaType, SqlType<D> base,
            Function<? super J, ? extends D> toDatabase, Function<? super D, ? extends J> fromDatabase) {
        return SqlTypes.converted(javaType, base, toDatabase, fromDatabase);
    }

    // ------------------------------------------------------------------ schema

    /** A column to add to a table. */
    public static <T> Column<T> column(String name, SqlType<T> type) {
        return Expressions.column(name, type);
    }

    /** A foreign key to {@code "table.column"}, to configure and pass to {@link Column#foreignKey(ForeignKey)}. */
    public static ForeignKey foreignKey(String target) {
        return Expressions.foreignKey(target);
    }

    /** A composite {@code PRIMARY KEY} over the named columns, to pass to a table definition. */
    public static PrimaryKeyConstraint primaryKeyConstraint(String... columns) {
        return Expressions.primaryKeyConstraint(columns);
    }

    /** A {@code UNIQUE} constraint over the named columns, to pass to a table definition. */
    public static UniqueConstraint uniqueConstraint(String... columns) {
        return Expressions.uniqueConstraint(columns);
    }

    /** A named {@code CONSTRAINT name UNIQUE (...)} over the named columns, to pass to a table definition. */
    public static UniqueConstraint uniqueConstraint(String name, List<String> columns) {
        return Expressions.uniqueConstraint(name, columns);
    }

    /** A {@code CHECK (sql)} constraint, to pass to a table definition. The SQL text is rendered as is. */
    public static CheckConstraint checkConstraint(String sql) {
        return Expressions.checkConstraint(sql);
    }

    /**
     * A (composite) {@code FOREIGN KEY} from {@code columns} to {@code targets} ({@code "table.column"}
     * each, in the same order), to pass to a table definition.
     */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columns, List<String> targets) {
        return Expressions.foreignKeyConstraint(columns, targets);
    }

    /**
     * A (composite) {@code FOREIGN KEY} as {@link #foreignKeyConstraint(List, List)}, with an
     * {@code ON DELETE} action.
     */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columns, List<String> targets,
            ReferentialAction onDelete) {
        return Expressions.foreignKeyConstraint(columns, targets, onDelete);
    }

    /** An index called {@code name} over the named columns, to pass to a table definition. */
    public static Index index(String name, String... columns) {
        return Expressions.index(name, columns);
    }

    /** A unique index called {@code name} over the named columns, to pass to a table definition. */
    public static Index uniqueIndex(String name, String... columns) {
        return Expressions.uniqueIndex(name, columns);
    }

    /** A {@code CREATE TABLE} statement for {@code table}, to compile or execute. */
    public static CreateTable createTable(Table table) {
        return Expressions.createTable(table);
    }

    /** A {@code DROP TABLE} statement for {@code table}. */
    public static DropTable dropTable(Table table) {
        return Expressions.dropTable(table);
    }

    /** A {@code CREATE INDEX} statement for {@code index}. */
    public static CreateIndex createIndex(Index index) {
        return Expressions.createIndex(index);
    }

    /** A {@code DROP INDEX} statement for {@code index}. */
    public static DropIndex dropIndex(Index index) {
        return Expressions.dropIndex(index);
    }

    // ------------------------------------------------------------------ statements

    /** {@code SELECT} of columns, expressions and tables. */
    public static Select select(ClauseElement... items) {
        return Expressions.select(items);
    }

    /** Literal SQL with {@code :name} parameters. */
    public static TextClause text(String sql) {
        return Expressions.text(sql);
    }

    /** {@code INSERT INTO table}: add {@code values(...)}, or give parameters at execution. */
    public static Insert insert(Table table) {
        return Expressions.insert(table);
    }

    /** {@code UPDATE table}: add {@code where(...)} and {@code values(...)}. */
    public static Update update(Table table) {
        return Expressions.update(table);
    }

    /** {@code DELETE FROM table}: add {@code where(...)}, or every row is deleted. */
    public static Delete delete(Table table) {
        return Expressions.delete(table);
    }

    /** {@code EXISTS (select)}, a condition. */
    public static Exists exists(Select select) {
        return Expressions.exists(select);
    }

    // ------------------------------------------------------------------ expressions

    /** {@code a AND b AND ...}: SQLAlchemy's {@code and_}. */
    @SafeVarargs
    public static ColumnElement<Boolean> and(ColumnElement<Boolean>... clauses) {
        return Expressions.and(clauses);
    }

    /** {@code a OR b OR ...}: SQLAlchemy's {@code or_}. */
    @SafeVarargs
    public static ColumnElement<Boolean> or(ColumnElement<Boolean>... clauses) {
        return Expressions.or(clauses);
    }

    /** {@code NOT (clause)}: SQLAlchemy's {@code not_}. */
    public static ColumnElement<Boolean> not(ColumnElement<Boolean> clause) {
        return Expressions.not(clause);
    }

    /** {@code (expression)}: explicit parentheses, beyond those precedence needs. */
    public static <T> ColumnElement<T> grouping(ColumnElement<T> expression) {
        return Expressions.grouping(expression);
    }

    /** A condition that is always true, rendered {@code 1 = 1}: SQLAlchemy's {@code true()}. */
    public static ColumnElement<Boolean> true_() {
        return Expressions.true_();
    }

    /** A condition that is always false, rendered {@code 0 = 1}: SQLAlchemy's {@code false()}. */
    public static ColumnElement<Boolean> false_() {
        return Expressions.false_();
    }

    /** A value as a bound parameter ({@code :param_1}), its type taken from the value. */
    public static <T> BindParameter<T> literal(T value) {
        return Expressions.literal(value);
    }

    /** A value as a bound parameter ({@code :param_1}) of the given type. */
    public static <T> BindParameter<T> literal(T value, SqlType<T> type) {
        return Expressions.literal(value, type);
    }

    /** A named parameter {@code :name} of the given type whose value is given at execution. */
    public static <T> BindParameter<T> bindParam(String name, SqlType<T> type) {
        return Expressions.bindParam(name, type);
    }

    /** A named parameter {@code :name} of unknown type whose value is given at execution. */
    public static BindParameter<Object> bindParam(String name) {
        return Expressions.bindParam(name);
    }

    /** A named parameter {@code :name} with a value, which execution parameters may override. */
    public static <T> BindParameter<T> bindParam(String name, T value, SqlType<T> type) {
        return Expressions.bindParam(name, value, type);
    }

    /** SQL text used as a column expression, rendered as is. Never put user input here. */
    public static <T> LiteralColumn<T> literalColumn(String sql, SqlType<T> type) {
        return Expressions.literalColumn(sql, type);
    }

    /** The {@code NULL} keyword: SQLAlchemy's {@code null()}. */
    public static Null null_() {
        return Expressions.null_();
    }

    /** {@code CAST(expression AS type)}. */
    public static <T> ColumnElement<T> cast(ColumnElement<?> expression, SqlType<T> type) {
        return new Cast<>(expression, type);
    }

    /** {@code expression ASC}, for {@code orderBy}. */
    public static <T> ColumnElement<T> asc(ColumnElement<T> expression) {
        return expression.asc();
    }

    /** {@code expression DESC}, for {@code orderBy}. */
    public static <T> ColumnElement<T> desc(ColumnElement<T> expression) {
        return expression.desc();
    }

    /** {@code DISTINCT expression}, as an aggregate argument: {@code count(distinct(x))}. */
    public static <T> ColumnElement<T> distinct(ColumnElement<T> expression) {
        return expression.distinct();
    }

    /** A SQL function call: {@code func("lower", users.c("name"))}. */
    public static FunctionCall<Object> func(String name, Object... arguments) {
        return Expressions.func(name, arguments);
    }

    /** A SQL function call with a result type. */
    public static <T> FunctionCall<T> func(String name, SqlType<T> type, Object... arguments) {
        return Expressions.func(name, type, arguments);
    }

    /** {@code count(*)}. */
    public static FunctionCall<Long> count() {
        return Expressions.count();
    }

    /** {@code count(expression)}: the rows where the expression is not {@code NULL}. */
    public static FunctionCall<Long> count(ColumnElement<?> expression) {
        return Expressions.count(expression);
    }

    /** {@code sum(expression)}, of the expression's type. */
    public static <T> FunctionCall<T> sum(ColumnElement<T> expression) {
        return Expressions.sum(expression);
    }

    /** {@code min(expression)}. */
    public static <T> FunctionCall<T> min(ColumnElement<T> expression) {
        return Expressions.min(expression);
    }

    /** {@code max(expression)}. */
    public static <T> FunctionCall<T> max(ColumnElement<T> expression) {
        return Expressions.max(expression);
    }

    /** {@code avg(expression)} as a {@code Double} (databases differ in the type they return). */
    public static FunctionCall<Double> avg(ColumnElement<?> expression) {
        return Expressions.avg(expression);
    }

    /** {@code lower(expression)}. */
    public static FunctionCall<String> lower(ColumnElement<String> expression) {
        return Expressions.lower(expression);
    }

    /** {@code upper(expression)}. */
    public static FunctionCall<String> upper(ColumnElement<String> expression) {
        return Expressions.upper(expression);
    }

    /** {@code coalesce(a, b, ...)}: the first argument that is not {@code NULL}, typed as the first. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public static <T> FunctionCall<T> coalesce(ColumnElement<T>... expressions) {
        return Expressions.coalesce(expressions);
    }
}
