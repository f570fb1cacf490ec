package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A database table: its name, columns, primary key, foreign keys, constraints and indexes.
 * Immutable once built.
 *
 * <pre>{@code
 * Table users = metadata.table("users",
 *         column("id", INTEGER).primaryKey(),
 *         column("name", string(50)));
 * users.c("name");                      // the column
 * users.insert().values(Map.of("name", "jack"));
 * users.create(engine);
 * }</pre>
 */
public final class Table implements NamedFromClause {
    private final String name;
    private final String schema;
    private final ColumnCollection columns;
    private final PrimaryKeyConstraint primaryKey;
    private final List<Constraint> constraints;
    private final List<ForeignKeyConstraint> foreignKeyConstraints;
    private final List<Index> indexes;
    private final Supplier<MetaData> home;
    private volatile MetaData metadata;

    private Table(Builder b) {
        this.name = b.name;
        this.schema = b.schema;
        this.home = b.home;
        List<Column<?>> cols = new ArrayList<>();
        List<Constraint> cons = new ArrayList<>();
        List<Index> idx = new ArrayList<>();
        PrimaryKeyConstraint pk = null;
        Set<String> seen = new LinkedHashSet<>();
        for (SchemaItem item : b.items) {
            if (item instanceof Column) {
                Column<?> c = (Column<?>) item;
                if (!seen.add(c.name())) {
                    throw new ArgumentException("Table '" + fullName(b.schema, b.name) + "' has two columns named '"
                            + c.name() + "'; column names must be unique");
                }
                cols.add(c);
            } else if (item instanceof PrimaryKeyConstraint) {
                if (pk != null) {
                    throw new ArgumentException("Table '" + b.name + "' has two primary key constraints");
                }
                pk = (PrimaryKeyConstraint) item;
            } else if (item instanceof Constraint) {
                cons.add((Constraint) item);
            } else if (item instanceof Index) {
                idx.add((Index) item);
            } else {
                throw new ArgumentException("Not a column, constraint or index: " + item);
            }
        }
        for (Column<?> c : cols) {
            c.attach(this);
        }
        this.columns = new ColumnCollection("table '" + fullName(schema, name) + "'", cols);

        // primary key: explicit constraint or the columns flagged primaryKey()
        List<Column<?>> pkCols = new ArrayList<>();
        if (pk != null) {
            for (Column<?> c : cols) {
                if (c.isPrimaryKey() && !pk.columnNames().contains(c.name())) {
                    throw new ArgumentException("Column '" + c.name() + "' of table '" + fullName(schema, name)
                            + "' is flagged primaryKey() but the table's primary key constraint is over "
                            + pk.columnNames() + "; name it in the constraint or drop the flag");
                }
            }
            for (String n : pk.columnNames()) {
                Column<?> c = requireColumn(n, "primary key");
                c.markPrimaryKey();
                pkCols.add(c);
            }
        } else {
            pk = new PrimaryKeyConstraint(null, List.of());
            for (Column<?> c : cols) {
                if (c.isPrimaryKey()) {
                    pkCols.add(c);
                }
            }
        }
        pk.resolve(pkCols);
        pk.attach(this);
        this.primaryKey = pk;

        // foreign keys: column-level ones become single-column constraints
        List<ForeignKeyConstraint> fks = new ArrayList<>();
        for (Column<?> c : cols) {
            for (ForeignKey fk : c.foreignKeys()) {
                if (fk.constraint() == null) {
                    fks.add(ForeignKeyConstraint.of(fk));
                }
            }
        }
        for (Constraint con : cons) {
            if (con instanceof ForeignKeyConstraint) {
                ForeignKeyConstraint fkc = (ForeignKeyConstraint) con;
                for (String n : fkc.columnNames()) {
                    requireColumn(n, "foreign key");
                }
                fkc.bind(this);
                fks.add(fkc);
            } else if (con instanceof UniqueConstraint) {
                for (String n : ((UniqueConstraint) con).columnNames()) {
                    requireColumn(n, "unique constraint");
                }
            }
        }
        List<Constraint> all = new ArrayList<>(cons);
        for (ForeignKeyConstraint fkc : fks) {
            if (!all.contains(fkc)) {
                all.add(fkc);
            }
        }
        for (Constraint con : all) {
            con.attach(this);
        }
        for (Column<?> c : cols) {
            if (c.isIndexed()) {
                idx.add(new Index("ix_" + name + "_" + c.name(), List.of(c.name()), c.isUnique()));
            }
        }
        for (Index i : idx) {
            for (String n : i.columnNames()) {
                requireColumn(n, "index " + i.name());
            }
            i.attach(this);
        }
        this.constraints = Collections.unmodifiableList(all);
        this.foreignKeyConstraints = Collections.unmodifiableList(fks);
        this.indexes = Collections.unmodifiableList(idx);
    }

    private Column<?> requireColumn(String columnName, String what) {
        if (!columns.contains(columnName)) {
            throw new ArgumentException("The " + what + " of table '" + fullName() + "' names column '" + columnName
                    + "', which the table does not have; its columns are " + columns.keys());
        }
        return columns.get(columnName);
    }

    /** Starts a table definition; used by generated code and by {@link MetaData#table}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Table}. */
    public static final class Builder {
        private final String name;
        private String schema;
        private MetaData metadata;
        private Supplier<MetaData> home;
        private final List<SchemaItem> items = new ArrayList<>();

        private Builder(String name) {
            if (name == null || name.isEmpty()) {
                throw new ArgumentException("A table needs a non-empty name");
            }
            this.name = name;
        }

        /** The schema the table lives in; {@code null} for the connection's default. */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** Adds the table to this MetaData when built. */
        public Builder metadata(MetaData metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Where the table's MetaData comes from when it is first needed; generated code passes
         * {@code Base_::metadata} so entity classes can be initialized in any order.
         */
        public Builder home(Supplier<MetaData> home) {
            this.home = home;
            return this;
        }

        /** Adds columns, constraints and indexes. */
        public Builder add(SchemaItem... items) {
            for (SchemaItem i : items) {
                this.items.add(Objects.requireNonNull(i, "schema item"));
            }
            return this;
        }

        /**
         * Adds columns, constraints and indexes in order, each either a column's declaration in
         * the words of SQL, read by {@link Column#parse(String)}, or a {@link SchemaItem}:
         * <pre>{@code
         * .define("id BIGINT PRIMARY KEY",
         *         "name VARCHAR(80) NOT NULL",
         *         new Column<Status>("status", SqlTypes.enumType(Status.values())))
         * }</pre>
         * Generated metamodels declare their tables this way, as one array: javac compiles a
         * string for a fraction of what a constructor and a chain of calls cost it.
         *
         * @throws ArgumentException for an item that is neither, or a declaration
         *     {@link Column#parse(String)} cannot read
         */
        public Builder define(Object... items) {
            for (Object i : items) {
                if (i instanceof String declaration) {
                    this.items.add(Column.parse(declaration));
                } else if (i instanceof SchemaItem item) {
                    this.items.add(item);
                } else {
                    throw new ArgumentException("A table is defined by column declarations (strings) and schema items, not "
                            + (i == null ? "null" : i.getClass().getName()));
                }
            }
            return this;
        }

        /** Adds columns, constraints and indexes. */
        public Builder add(List<? extends SchemaItem> items) {
            items.forEach(this::add);
            return this;
        }

        /**
         * Builds the table, attaching its columns, constraints and indexes, and adds it to the
         * {@link #metadata(MetaData) MetaData} when one was given.
         *
         * @throws ArgumentException for two columns with one name, a column already in another table,
         *     two primary key constraints, a constraint or index naming a column the table does not
         *     have, or a table of that name already in the MetaData
         */
        public Table build() {
            Table t = new Table(this);
            if (metadata != null) {
                metadata.add(t);
            }
            return t;
        }
    }

    // ------------------------------------------------------------------ accessors

    /** The table's name. */
    @Override
    public String name() {
        return name;
    }

    /** The schema, or {@code null}. */
    public String schema() {
        return schema;
    }

    /** {@code schema.name}, or the name when there is no schema. */
    public String fullName() {
        return fullName(schema, name);
    }

    private static String fullName(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** The MetaData this table belongs to, or {@code null}. */
    public MetaData metadata() {
        MetaData md = metadata;
        if (md == null && home != null) {
            md = home.get();
        }
        return md;
    }

    void adopt(MetaData md) {
        if (metadata != null && metadata != md) {
            throw new ArgumentException("Table '" + fullName() + "' already belongs to another MetaData");
        }
        metadata = md;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    @Override
    public List<Table> baseTables() {
        return List.of(this);
    }

    /** The primary key (possibly with no columns). */
    public PrimaryKeyConstraint primaryKey() {
        return primaryKey;
    }

    /** The foreign keys of all columns, in column order. */
    @Override
    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> list = new ArrayList<>();
        for (ForeignKeyConstraint c : foreignKeyConstraints) {
            list.addAll(c.elements());
        }
        return list;
    }

    /** The foreign key constraints. */
    public List<ForeignKeyConstraint> foreignKeyConstraints() {
        return foreignKeyConstraints;
    }

    /** The constraints other than the primary key: unique, check, foreign key. */
    public List<Constraint> constraints() {
        return constraints;
    }

    /** The indexes. */
    public List<Index> indexes() {
        return indexes;
    }

    /** The autoincrement column, or {@code null}. */
    public Column<?> autoincrementColumn() {
        for (Column<?> c : primaryKey.columns()) {
            if (c.isAutoincrement()) {
                return c;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ statements

    /** {@code SELECT * FROM this}, as {@code select(table)}. */
    public Select select() {
        return Select.of(this);
    }

    /** {@code INSERT INTO this}; with no values it lists every column. */
    public Insert insert() {
        return new Insert(this);
    }

    /** {@code UPDATE this}. */
    public Update update() {
        return new Update(this);
    }

    /** {@code DELETE FROM this}. */
    public Delete delete() {
        return new Delete(this);
    }

    /** An alias of this table: {@code FROM users AS u}. */
    public Alias alias(String aliasName) {
        return new Alias(this, aliasName);
    }

    /** Issues CREATE TABLE (and its indexes). */
    public void create(Connectable bind) {
        bind.createTables(List.of(this), false);
    }

    /** Issues CREATE TABLE unless the table exists. */
    public void create(Connectable bind, boolean checkFirst) {
        bind.createTables(List.of(this), checkFirst);
    }

    /** Issues DROP TABLE. */
    public void drop(Connectable bind) {
        bind.dropTables(List.of(this), false);
    }

    /** Issues DROP TABLE if the table exists. */
    public void drop(Connectable bind, boolean checkFirst) {
        bind.dropTables(List.of(this), checkFirst);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitTable(this);
    }

    /** SQLAlchemy's repr: {@code Table('users', Column('id', INTEGER, ...), ..., schema=None)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Table('").append(name).append("', MetaData()");
        for (Column<?> c : columns) {
            b.append(", ").append(c);
        }
        return b.append(", schema=").append(schema == null ? "None" : "'" + schema + "'").append(')').toString();
    }
}
