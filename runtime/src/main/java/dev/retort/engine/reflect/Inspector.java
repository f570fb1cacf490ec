package dev.retort.engine.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.exc.NoSuchTableException;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Looks at what a database holds: schemas, tables, columns, keys and indexes, and loads table
 * definitions into a {@link MetaData}. SQLAlchemy's {@code Inspector}.
 *
 * <pre>{@code
 * Inspector insp = inspect(engine);
 * insp.getTableNames();                  // [address, user]
 * insp.getColumns("address");            // name, type, nullable, default, primaryKey, autoincrement
 * insp.getForeignKeys("address");        // [ForeignKeyInfo[constrainedColumns=[user_id], referredTable=user, ...]]
 * Table user = insp.reflectTable(metadata, null, "user");
 * }</pre>
 *
 * <p>Everything is read through JDBC's {@link java.sql.DatabaseMetaData} and the dialect's
 * reflection hooks ({@link Dialect#reflectType}, {@link Dialect#reflectReferentialAction},
 * {@link Dialect#isConstraintIndex}). Names are Retort names: what the database stores in upper
 * case for an unquoted name (Derby, H2) reads in lower case, so {@code users} stays {@code users}
 * and a table created as quoted {@code "user"} reads {@code user}.
 *
 * <p>A {@code schema} argument of {@code null} means the connection's current schema
 * ({@code APP} on Derby, {@code PUBLIC} on H2, {@code public} on PostgreSQL; SQLite has none).
 * Methods about one table throw {@link NoSuchTableException} when it does not exist. Each call
 * borrows a connection for its length; nothing is cached, so the answers follow the database.
 * Immutable and thread-safe.
 */
public final class Inspector {
    private final Dialect dialect;
    private final JdbcAccess access;

    /**
     * @param dialect the database's dialect: names, types and index naming
     * @param access lends connections (the engine)
     */
    public Inspector(Dialect dialect, JdbcAccess access) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** The dialect names and types are read with. */
    public Dialect dialect() {
        return dialect;
    }

    // ------------------------------------------------------------------ schemas and tables

    /** Every schema the database reports, sorted; empty for a database without schemas (SQLite). */
    public List<String> getSchemaNames() {
        return access.withJdbcConnection(c -> new Catalog(dialect, c).schemaNames());
    }

    /** The connection's current schema ({@code app}, {@code public}), or {@code null} (SQLite). */
    public String getDefaultSchemaName() {
        return access.withJdbcConnection(c -> dialect.normalizeName(new Catalog(dialect, c).currentSchema()));
    }

    /** The tables of the default schema, sorted by name; views and system tables are left out. */
    public List<String> getTableNames() {
        return getTableNames(null);
    }

    /** The tables of {@code schema} ({@code null}: the default one), sorted by name; no views. */
    public List<String> getTableNames(String schema) {
        return access.withJdbcConnection(c -> new Catalog(dialect, c).tableNames(schema));
    }

    /** Whether the default schema has table {@code name} (a table, not a view). */
    public boolean hasTable(String name) {
        return hasTable(null, name);
    }

    /** Whether {@code schema} ({@code null}: the default one) has table {@code name}. */
    public boolean hasTable(String schema, String name) {
        Objects.requireNonNull(name, "name");
        return access.withJdbcConnection(c -> new Catalog(dialect, c).find(schema, name) != null);
    }

    // ------------------------------------------------------------------ one table

    /** The columns of table {@code table}, in their order in the table. */
    public List<ColumnInfo> getColumns(String table) {
        return getColumns(null, table);
    }

    /** The columns of {@code schema.table}, in their order in the table. */
    public List<ColumnInfo> getColumns(String schema, String table) {
        return withTable(schema, table, (cat, t) -> cat.columns(t, cat.primaryKey(t).info().columns()));
    }

    /** The primary key of {@code table}; without one, a key with no name and no columns. */
    public PrimaryKeyInfo getPrimaryKey(String table) {
        return getPrimaryKey(null, table);
    }

    /** The primary key of {@code schema.table}. */
    public PrimaryKeyInfo getPrimaryKey(String schema, String table) {
        return withTable(schema, table, (cat, t) -> cat.primaryKey(t).info());
    }

    /** The foreign keys of {@code table}, one element per constraint. */
    public List<ForeignKeyInfo> getForeignKeys(String table) {
        return getForeignKeys(null, table);
    }

    /** The foreign keys of {@code schema.table}, one element per constraint. */
    public List<ForeignKeyInfo> getForeignKeys(String schema, String table) {
        return withTable(schema, table, (cat, t) -> {
            List<ForeignKeyInfo> list = new ArrayList<>();
            for (Catalog.Stored<ForeignKeyInfo> k : cat.foreignKeys(t)) {
                list.add(k.info());
            }
            return List.copyOf(list);
        });
    }

    /**
     * The indexes of {@code table} made by CREATE INDEX, sorted by name. Indexes the database
     * made itself for primary keys, unique constraints and foreign keys are left out where they
     * can be told apart ({@link Dialect#isConstraintIndex}): on Derby, H2 and SQLite they can;
     * on PostgreSQL the index of a UNIQUE constraint looks like any unique index and is listed.
     */
    public List<IndexInfo> getIndexes(String table) {
        return getIndexes(null, table);
    }

    /** The indexes of {@code schema.table}; see {@link #getIndexes(String)}. */
    public List<IndexInfo> getIndexes(String schema, String table) {
        return withTable(schema, table, (cat, t) -> indexSplit(cat, t).indexes());
    }

    /**
     * The UNIQUE constraints of {@code table}, read from the indexes the database made for them
     * (JDBC has no call for constraints). Their names are not known, so {@code name} is
     * {@code null}. On PostgreSQL they are not told apart from unique indexes and come back from
     * {@link #getIndexes(String)} instead.
     */
    public List<UniqueConstraintInfo> getUniqueConstraints(String table) {
        return getUniqueConstraints(null, table);
    }

    /** The UNIQUE constraints of {@code schema.table}; see {@link #getUniqueConstraints(String)}. */
    public List<UniqueConstraintInfo> getUniqueConstraints(String schema, String table) {
        return withTable(schema, table, (cat, t) -> indexSplit(cat, t).uniques());
    }

    private static Catalog.IndexSplit indexSplit(Catalog cat, Catalog.TableRef t) throws SQLException {
        return cat.indexes(t, cat.primaryKey(t), cat.foreignKeys(t));
    }

    // ------------------------------------------------------------------ reflection

    /**
     * Loads table {@code name} of {@code schema} ({@code null}: the default one) into
     * {@code metadata}: columns with their types, nullability, server defaults and autoincrement,
     * the primary key, foreign keys, single-column UNIQUE constraints as {@code unique()}
     * columns, composite ones as {@link dev.retort.sql.UniqueConstraint}s, and indexes. Like
     * SQLAlchemy's autoload, the tables its foreign keys refer to are loaded too, each once;
     * tables already in {@code metadata} are used as they are. When {@code metadata} already
     * holds the table, that table is returned.
     *
     * @return the table, now in {@code metadata}
     * @throws NoSuchTableException when the database has no such table (or a referred table has
     *     gone missing meanwhile)
     */
    public Table reflectTable(MetaData metadata, String schema, String name) {
        Objects.requireNonNull(metadata, "metadata");
        Table present = metadata.tables().get(TableBuilder.fullName(schema, name));
        if (present != null) {
            return present;
        }
        TableDescription d = withTable(schema, name, Catalog::describe);
        present = metadata.tables().get(TableBuilder.fullName(schema, d.name()));
        if (present != null) {
            return present;
        }
        Table table = TableBuilder.build(metadata, schema, d);
        for (ForeignKeyInfo fk : d.foreignKeys()) {
            String referredSchema = fk.referredSchema() != null ? fk.referredSchema() : schema;
            if (!metadata.tables().containsKey(TableBuilder.fullName(referredSchema, fk.referredTable()))) {
                reflectTable(metadata, referredSchema, fk.referredTable());
            }
        }
        return table;
    }

    /**
     * Loads every table of {@code schema} ({@code null}: the default one) that {@code metadata}
     * does not hold yet, with the tables they refer to.
     *
     * @return the tables added, in the order they were added
     */
    public List<Table> reflectAll(MetaData metadata, String schema) {
        Objects.requireNonNull(metadata, "metadata");
        Set<String> before = new LinkedHashSet<>(metadata.tables().keySet());
        for (String name : getTableNames(schema)) {
            if (!metadata.tables().containsKey(TableBuilder.fullName(schema, name))) {
                reflectTable(metadata, schema, name);
            }
        }
        List<Table> added = new ArrayList<>();
        for (Table t : metadata.tables().values()) {
            if (!before.contains(t.fullName())) {
                added.add(t);
            }
        }
        return added;
    }

    // ------------------------------------------------------------------ plumbing

    /** Work on one table found in the catalog. */
    @FunctionalInterface
    private interface TableWork<R> {
        R apply(Catalog catalog, Catalog.TableRef table) throws SQLException;
    }

    /** The result of a table lookup: the work's value, or the tables there are instead. */
    private record Lookup<R>(R value, List<String> existing) {}

    private <R> R withTable(String schema, String table, TableWork<R> work) {
        Objects.requireNonNull(table, "table");
        Lookup<R> result = access.withJdbcConnection(c -> {
            Catalog cat = new Catalog(dialect, c);
            Catalog.TableRef ref = cat.find(schema, table);
            return ref == null ? new Lookup<>(null, cat.tableNames(schema)) : new Lookup<>(work.apply(cat, ref), null);
        });
        if (result.existing() != null) {
            throw new NoSuchTableException(schema, table, result.existing());
        }
        return result.value();
    }
}
