package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A column of a table (or of an alias or subquery, as a proxy for the underlying column).
 *
 * <p>A column is configured fluently before it is added to a table, then fixed:
 * <pre>{@code
 * column("id", INTEGER).primaryKey()
 * column("user_id", INTEGER).foreignKey("users.id")
 * column("email_address", string(50)).nullable(false)
 * }</pre>
 * Configuring a column that already belongs to a table raises {@link ArgumentException}.
 *
 * @param <T> the Java type of the column's values
 */
public final class Column<T> extends ColumnElement<T> implements SchemaItem {
    private final String name;
    private final SqlType<T> type;
    private final Column<T> proxyOf;
    private FromClause table;
    private boolean primaryKey;
    private Boolean nullable;
    private Boolean autoincrement;
    private boolean unique;
    private boolean index;
    private Supplier<? extends T> defaultValue;
    private String serverDefault;
    private Sequence sequence;
    private final List<ForeignKey> foreignKeys = new ArrayList<>(1);

    /** A new, unattached column. Prefer {@link dev.retort.Retort#column(String, SqlType)}. */
    public Column(String name, SqlType<T> type) {
        this.name = requireName(name);
        this.type = Objects.requireNonNull(type, "type");
        this.proxyOf = null;
    }

    /**
     * A new, unattached column from its declaration in the words of SQL: its name, its type, then
     * any of {@code PRIMARY KEY}, {@code NOT NULL}, {@code NULL}, {@code AUTOINCREMENT},
     * {@code NO AUTOINCREMENT}, {@code UNIQUE}, {@code INDEX}, {@code REFERENCES table.column}
     * (optionally followed by {@code ON DELETE} and an action: {@code CASCADE}, {@code SET NULL},
     * ...) and, last, {@code DEFAULT} with the server default's SQL to the end of the text.
     * <pre>{@code
     * Column.parse("id BIGINT PRIMARY KEY")
     * Column.parse("name VARCHAR(80) NOT NULL UNIQUE")
     * Column.parse("user_id BIGINT INDEX REFERENCES users.id ON DELETE CASCADE")
     * Column.parse("created TIMESTAMP DEFAULT CURRENT_TIMESTAMP")
     * }</pre>
     * The types are those of {@link SqlTypes} without parameters by their SQL names ({@code INTEGER},
     * {@code BIGINT}, {@code SMALLINT}, {@code VARCHAR}, {@code TEXT}, {@code BOOLEAN}, {@code REAL},
     * {@code DOUBLE}, {@code NUMERIC}, {@code DATE}, {@code TIME}, {@code TIMESTAMP},
     * {@code TIMESTAMP_TZ}, {@code UUID}, {@code BLOB}; {@code INSTANT} for {@link SqlTypes#INSTANT}),
     * and {@code VARCHAR(n)}, {@code VARBINARY(n)}, {@code NUMERIC(p, s)}. Enumerated and converted
     * types and client-side defaults need Java objects: build such a column with the constructor.
     * Equivalent to the constructor and the calls the words name, so
     * {@code parse("id BIGINT PRIMARY KEY")} is {@code new Column<Long>("id", SqlTypes.BIGINT).primaryKey()}.
     *
     * @throws ArgumentException for a word, type or size it does not know, naming the declaration
     */
    public static Column<?> parse(String declaration) {
        return ColumnSpec.parse(declaration);
    }

    private Column(Column<T> base, FromClause owner, String name) {
        this.name = name;
        this.type = base.type;
        this.proxyOf = base.baseColumn();
        this.table = owner;
        this.primaryKey = base.primaryKey;
        this.nullable = base.nullable;
        this.autoincrement = base.autoincrement;
    }

    private static String requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A column needs a non-empty name");
        }
        return name;
    }

    /** A proxy of {@code base} exposed by {@code owner} (an alias or subquery) under {@code name}. */
    static <T> Column<T> proxy(Column<T> base, FromClause owner, String name) {
        return new Column<>(base, owner, name);
    }

    /** A column of a subquery made from a select-list expression that is not itself a column. */
    static <T> Column<T> derived(String name, SqlType<T> type, FromClause owner) {
        Column<T> c = new Column<>(name, type);
        c.table = owner;
        return c;
    }

    private Column<T> mutate() {
        if (table != null) {
            throw new ArgumentException("Column '" + name + "' already belongs to " + describeOwner()
                    + "; configure a column before adding it to a table");
        }
        return this;
    }

    // ------------------------------------------------------------------ configuration

    /** Makes this column (part of) the primary key; it becomes NOT NULL. */
    public Column<T> primaryKey() {
        mutate().primaryKey = true;
        return this;
    }

    /** Whether NULL is allowed; the default is true, false for primary key columns. */
    public Column<T> nullable(boolean nullable) {
        mutate().nullable = nullable;
        return this;
    }

    /**
     * Whether the database generates values for this primary key column. By default an integer
     * primary key that is the table's only primary key column and has no foreign key is
     * autoincrement, as in SQLAlchemy.
     */
    public Column<T> autoincrement(boolean autoincrement) {
        mutate().autoincrement = autoincrement;
        return this;
    }

    /** Adds a single-column UNIQUE constraint. */
    public Column<T> unique() {
        mutate().unique = true;
        return this;
    }

    /** Adds a single-column index named {@code ix_<table>_<column>}. */
    public Column<T> index() {
        mutate().index = true;
        return this;
    }

    /** A value used by INSERT statements that give none for this column (client side). */
    public Column<T> defaultValue(T value) {
        mutate().defaultValue = () -> value;
        return this;
    }

    /** A function called for each INSERT that gives no value for this column (client side). */
    public Column<T> defaultValue(Supplier<? extends T> supplier) {
        mutate().defaultValue = Objects.requireNonNull(supplier, "supplier");
        return this;
    }

    /** A SQL expression the database uses as the column's DEFAULT, e.g. {@code "CURRENT_TIMESTAMP"}. */
    public Column<T> serverDefault(String sql) {
        mutate().serverDefault = Objects.requireNonNull(sql, "sql");
        return this;
    }

    /**
     * Takes this primary key column's values from {@code sequence} where the database has
     * sequences (Derby, H2, PostgreSQL, MariaDB): the DDL declares no identity for the column,
     * {@code createAll} creates the sequence, and the ORM assigns keys from it before the INSERT,
     * so new rows are inserted in batches. Where the database has none (SQLite, MySQL) the
     * sequence is ignored and the column keeps its autoincrement behaviour, as in SQLAlchemy.
     */
    public Column<T> sequence(Sequence sequence) {
        mutate().sequence = Objects.requireNonNull(sequence, "sequence");
        return this;
    }

    /** References {@code target}, written {@code "table.column"} or {@code "schema.table.column"}. */
    public Column<T> foreignKey(String target) {
        return foreignKey(new ForeignKey(target));
    }

    /** References {@code target} with an ON DELETE action. */
    public Column<T> foreignKey(String target, ReferentialAction onDelete) {
        return foreignKey(new ForeignKey(target).onDelete(onDelete));
    }

    /** References another column directly. */
    public Column<T> foreignKey(Column<?> target) {
        return foreignKey(new ForeignKey(target));
    }

    /** Adds a configured foreign key. */
    public Column<T> foreignKey(ForeignKey foreignKey) {
        mutate();
        foreignKey.attach(this);
        foreignKeys.add(foreignKey);
        return this;
    }

    void addForeignKey(ForeignKey fk) {
        foreignKeys.add(fk);
    }

    void attach(FromClause owner) {
        if (table != null) {
            throw new ArgumentException("Column '" + name + "' already belongs to " + describeOwner()
                    + "; a column belongs to one table");
        }
        table = owner;
    }

    void markPrimaryKey() {
        primaryKey = true;
    }

    // ------------------------------------------------------------------ accessors

    /** The column's name in the database. */
    public String name() {
        return name;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    /** The table, alias or subquery this column belongs to; {@code null} before it is added to one. */
    public FromClause table() {
        return table;
    }

    /** The column of the underlying table: itself, or for a proxy the column it stands for. */
    public Column<T> baseColumn() {
        return proxyOf == null ? this : proxyOf;
    }

    /** Whether this column is part of its table's primary key. */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** Whether the column allows NULL. */
    public boolean isNullable() {
        return nullable != null ? nullable : !primaryKey;
    }

    /** Whether {@code nullable} was set explicitly. */
    public boolean isNullableExplicit() {
        return nullable != null;
    }

    /** The explicit autoincrement setting, or {@code null} for SQLAlchemy's "auto". */
    public Boolean autoincrementSetting() {
        return autoincrement;
    }

    /**
     * Whether the database generates this column's values: an explicit setting, or "auto" — the
     * table's only primary key column, of an integer type, without foreign keys.
     */
    public boolean isAutoincrement() {
        Column<T> base = baseColumn();
        if (base != this) {
            return base.isAutoincrement();
        }
        if (!primaryKey) {
            return Boolean.TRUE.equals(autoincrement);
        }
        if (autoincrement != null) {
            return autoincrement;
        }
        TypeKind k = type.storageType().kind();
        boolean integer = k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.SMALLINT;
        if (!integer || !foreignKeys.isEmpty() || serverDefault != null) {
            return false;
        }
        if (table instanceof Table) {
            return ((Table) table).primaryKey().columns().size() == 1;
        }
        return true;
    }

    /**
     * Whether {@link #unique()} was called: CREATE TABLE gets {@code UNIQUE (column)}, or the index
     * is unique when the column is also {@link #isIndexed() indexed}.
     */
    public boolean isUnique() {
        return unique;
    }

    /**
     * Whether {@link #index()} was called: the table gets an index {@code ix_<table>_<column>},
     * unique when {@link #isUnique()}.
     */
    public boolean isIndexed() {
        return index;
    }

    /** The client-side default, or {@code null}. */
    public Supplier<? extends T> defaultValue() {
        return defaultValue;
    }

    /** The server-side DEFAULT expression, or {@code null}. */
    public String serverDefault() {
        return serverDefault;
    }

    /** The column's {@link #sequence(Sequence) sequence} (for a proxy, the underlying column's), or {@code null}. */
    public Sequence sequence() {
        Column<T> base = baseColumn();
        return base == this ? sequence : base.sequence();
    }

    /** The foreign keys declared on this column (for a proxy, on the underlying column). */
    public List<ForeignKey> foreignKeys() {
        Column<T> base = baseColumn();
        return base == this ? Collections.unmodifiableList(foreignKeys) : base.foreignKeys();
    }

    /** Whether this column has a foreign key to {@code target} (compared by underlying column). */
    public boolean references(Column<?> target) {
        Column<?> t = target.baseColumn();
        for (ForeignKey fk : foreignKeys()) {
            if (fk.isResolvable() && fk.column() == t) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String anonName() {
        return name;
    }

    @Override
    public Column<?> asColumn() {
        return this;
    }

    @Override
    protected String describe() {
        return "column " + (table == null ? "" : describeOwnerName() + ".") + name;
    }

    private String describeOwner() {
        return table instanceof Table ? "table '" + ((Table) table).fullName() + "'" : String.valueOf(table);
    }

    private String describeOwnerName() {
        if (table instanceof Table) {
            return ((Table) table).fullName();
        }
        if (table instanceof NamedFromClause) {
            return ((NamedFromClause) table).name();
        }
        return "?";
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitColumn(this);
    }

    /** SQLAlchemy's repr: {@code Column('id', INTEGER, table=<users>, primary_key=True, nullable=False)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Column('").append(name).append("', ").append(type);
        if (sequence != null) {
            b.append(", ").append(sequence);
        }
        if (table != null) {
            b.append(", table=<").append(describeOwnerName()).append('>');
        }
        if (primaryKey) {
            b.append(", primary_key=True");
        }
        if (!isNullable()) {
            b.append(", nullable=False");
        }
        for (ForeignKey fk : foreignKeys) {
            b.append(", ").append(fk);
        }
        return b.append(')').toString();
    }
}
