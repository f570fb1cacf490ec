package dev.retort.engine.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.sql.SqlType;
import dev.retort.sql.TypeKind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one connection's {@link DatabaseMetaData} for the inspector. Names go to the catalog as
 * the database stores them ({@link Dialect#denormalizeName}) and come back as Retort names
 * ({@link Dialect#normalizeName}). Catalog search patterns are escaped where the driver has an
 * escape, and every row is checked against the exact name, since {@code _} is a wildcard.
 *
 * <p>Lives for one {@link JdbcAccess#withJdbcConnection} callback.
 */
final class Catalog {
    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    /** Table types that are plain tables: H2 2.x says BASE TABLE, PostgreSQL has partitioned ones. */
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    private final Dialect dialect;
    private final Connection connection;
    private final DatabaseMetaData meta;
    private final String escape;

    Catalog(Dialect dialect, Connection connection) throws SQLException {
        this.dialect = dialect;
        this.connection = connection;
        this.meta = connection.getMetaData();
        String e = meta.getSearchStringEscape();
        this.escape = e == null ? "" : e;
    }

    /** A table found in the catalog: its schema and name as stored, and its Retort name. */
    record TableRef(String storedSchema, String storedName, String name) {}

    // ------------------------------------------------------------------ schemas and tables

    /** The connection's current schema as stored ({@code APP}), or {@code null} (SQLite). */
    String currentSchema() {
        try {
            return dialect.currentSchema(connection);
        } catch (SQLException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The schema to search, as stored: the given one, or the connection's current one. */
    String storedSchema(String schema) {
        return schema == null ? currentSchema() : dialect.denormalizeName(schema);
    }

    List<String> schemaNames() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getSchemas()) {
            while (rs.next()) {
                names.add(dialect.normalizeName(rs.getString("TABLE_SCHEM")));
            }
        }
        return List.copyOf(names);
    }

    /** The base tables of {@code schema} (or the current one), sorted by Retort name. */
    List<TableRef> tables(String schema) throws SQLException {
        String stored = storedSchema(schema);
        List<TableRef> refs = tables(stored, "%");
        refs.sort(Comparator.comparing(TableRef::name));
        return refs;
    }

    /** The Retort names of the base tables of {@code schema}, sorted. */
    List<String> tableNames(String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        for (TableRef t : tables(schema)) {
            names.add(t.name());
        }
        return names;
    }

    /**
     * The base table {@code name} of {@code schema}, or {@code null}. The name is looked up as the
     * database would store it unquoted ({@code users} → {@code USERS} on Derby) and, failing that,
     * exactly as given (a table created as quoted {@code "users"}).
     */
    TableRef find(String schema, String name) throws SQLException {
        String stored = storedSchema(schema);
        String denormalized = dialect.denormalizeName(name);
        TableRef ref = findStored(stored, denormalized);
        if (ref == null && !denormalized.equals(name)) {
            ref = findStored(stored, name);
        }
        return ref;
    }

    private TableRef findStored(String storedSchema, String storedName) throws SQLException {
        for (TableRef t : tables(storedSchema, pattern(storedName))) {
            if (t.storedName().equals(storedName)) {
                return t;
            }
        }
        return null;
    }

    private List<TableRef> tables(String storedSchema, String namePattern) throws SQLException {
        List<TableRef> refs = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, pattern(storedSchema), namePattern, null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String tableSchema = rs.getString("TABLE_SCHEM");
                if (type != null && TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))
                        && sameSchema(storedSchema, tableSchema)) {
                    String stored = rs.getString("TABLE_NAME");
                    refs.add(new TableRef(tableSchema, stored, dialect.normalizeName(stored)));
                }
            }
        }
        return refs;
    }

    private static boolean sameSchema(String wanted, String reported) {
        return wanted == null || wanted.equals(reported);
    }

    private String pattern(String storedName) {
        if (storedName == null || escape.isEmpty()) {
            return storedName;
        }
        return storedName.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    // ------------------------------------------------------------------ one table

    /** Everything the inspector reports about one table, read at once. */
    TableDescription describe(TableRef t) throws SQLException {
        Stored<PrimaryKeyInfo> pk = primaryKey(t);
        List<Stored<ForeignKeyInfo>> fks = foreignKeys(t);
        List<ColumnInfo> columns = columns(t, pk.info().columns());
        List<ForeignKeyInfo> fkInfos = new ArrayList<>();
        for (Stored<ForeignKeyInfo> k : fks) {
            fkInfos.add(k.info());
        }
        IndexSplit split = indexes(t, pk, fks);
        return new TableDescription(t.name(), columns, pk.info(), fkInfos, split.indexes(), split.uniques());
    }

    List<ColumnInfo> columns(TableRef t, List<String> primaryKey) throws SQLException {
        dialect.checkCatalogName(t.storedName());
        Map<Integer, ColumnInfo> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, pattern(t.storedSchema()), pattern(t.storedName()), "%")) {
            while (rs.next()) {
                if (!t.storedName().equals(rs.getString("TABLE_NAME"))
                        || !sameSchema(t.storedSchema(), rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                String name = dialect.normalizeName(rs.getString("COLUMN_NAME"));
                int jdbcType = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                int size = rs.getInt("COLUMN_SIZE");
                int digits = rs.getInt("DECIMAL_DIGITS");
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                String def = rs.getString("COLUMN_DEF");
                int position = rs.getInt("ORDINAL_POSITION");
                boolean autoincrement = dialect.reflectAutoincrement(
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT")), typeName,
                        primaryKey.size() == 1 && primaryKey.contains(name));
                SqlType<?> type = dialect.reflectType(jdbcType, typeName, size, digits);
                if (type.kind() == TypeKind.NULL) {
                    LOG.warn("Did not recognize type {} (JDBC type {}) of column {}.{}; it is reflected as NULL",
                            typeName, jdbcType, t.name(), name);
                }
                String serverDefault = autoincrement ? null : dialect.reflectServerDefault(serverDefault(def));
                byPosition.put(position, new ColumnInfo(name, type, nullable, serverDefault,
                        primaryKey.contains(name), autoincrement));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** The DEFAULT text, or {@code null} for none; {@code DEFAULT NULL} is no default. */
    private static String serverDefault(String columnDef) {
        if (columnDef == null) {
            return null;
        }
        String d = columnDef.trim();
        return d.isEmpty() || d.equalsIgnoreCase("NULL") ? null : d;
    }

    /** A key constraint's description with its name as stored (to recognize the index backing it). */
    record Stored<T>(String storedName, T info) {}

    Stored<PrimaryKeyInfo> primaryKey(TableRef t) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = meta.getPrimaryKeys(null, t.storedSchema(), t.storedName())) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), dialect.normalizeName(rs.getString("COLUMN_NAME")));
                name = emptyToNull(rs.getString("PK_NAME"));
            }
        }
        return new Stored<>(name, new PrimaryKeyInfo(dialect.normalizeName(name), List.copyOf(columns.values())));
    }

    /**
     * The foreign keys, composite ones gathered from their rows. Drivers list rows by referred
     * table and KEY_SEQ, so two keys to the same table interleave; a row joins the open key of
     * the same name (or, unnamed, the same referred table and rule) that has one column fewer.
     */
    List<Stored<ForeignKeyInfo>> foreignKeys(TableRef t) throws SQLException {
        dialect.checkCatalogName(t.storedName());
        List<FkRows> open = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, t.storedSchema(), t.storedName())) {
            while (rs.next()) {
                FkRow row = new FkRow(emptyToNull(rs.getString("FK_NAME")), rs.getString("PKTABLE_SCHEM"),
                        rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"), rs.getString("FKCOLUMN_NAME"),
                        rs.getInt("KEY_SEQ"), rs.getInt("DELETE_RULE"));
                FkRows target = null;
                for (FkRows g : open) {
                    if (g.accepts(row)) {
                        target = g;
                        break;
                    }
                }
                if (target == null) {
                    target = new FkRows(row);
                    open.add(target);
                }
                target.rows.add(row);
            }
        }
        List<Stored<ForeignKeyInfo>> keys = new ArrayList<>();
        for (FkRows g : open) {
            keys.add(g.toKey(t));
        }
        return keys;
    }

    private record FkRow(String name, String pkSchema, String pkTable, String pkColumn, String fkColumn,
            int seq, int deleteRule) {}

    private final class FkRows {
        final FkRow first;
        final List<FkRow> rows = new ArrayList<>();

        FkRows(FkRow first) {
            this.first = first;
        }

        boolean accepts(FkRow r) {
            boolean same = first.name() != null
                    ? first.name().equals(r.name())
                    : r.name() == null && first.deleteRule() == r.deleteRule();
            return same && Objects.equals(first.pkSchema(), r.pkSchema())
                    && first.pkTable().equals(r.pkTable()) && r.seq() == rows.size() + 1;
        }

        Stored<ForeignKeyInfo> toKey(TableRef t) {
            rows.sort(Comparator.comparingInt(FkRow::seq));
            List<String> constrained = new ArrayList<>();
            List<String> referred = new ArrayList<>();
            for (FkRow r : rows) {
                constrained.add(dialect.normalizeName(r.fkColumn()));
                referred.add(dialect.normalizeName(r.pkColumn()));
            }
            String referredSchema = first.pkSchema() == null || first.pkSchema().equals(t.storedSchema())
                    ? null : dialect.normalizeName(first.pkSchema());
            return new Stored<>(first.name(), new ForeignKeyInfo(dialect.normalizeName(first.name()), constrained,
                    referredSchema, dialect.normalizeName(first.pkTable()), referred,
                    dialect.reflectReferentialAction(first.deleteRule())));
        }
    }

    /** A table's indexes, split into those made by CREATE INDEX and the unique constraints. */
    record IndexSplit(List<IndexInfo> indexes, List<UniqueConstraintInfo> uniques) {}

    /**
     * Reads the indexes and sets apart those the database made for constraints
     * ({@link Dialect#isConstraintIndex}). Of these, one over the primary key's columns backs
     * the primary key, a non-unique one over a foreign key's columns backs that foreign key, and
     * the rest back UNIQUE constraints (Derby backs a UNIQUE constraint over nullable columns
     * with a non-unique index). Indexes over expressions are skipped: a Table cannot hold them.
     */
    IndexSplit indexes(TableRef t, Stored<PrimaryKeyInfo> pk, List<Stored<ForeignKeyInfo>> fks) throws SQLException {
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Set<String> expression = new HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(null, t.storedSchema(), t.storedName(), false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                boolean nonUnique = rs.getBoolean("NON_UNIQUE");
                int position = rs.getInt("ORDINAL_POSITION");
                String column = rs.getString("COLUMN_NAME");
                if (column == null) {
                    expression.add(name);
                    continue;
                }
                columns.computeIfAbsent(name, k -> new TreeMap<>())
                        .put(position, dialect.normalizeName(column));
                unique.put(name, !nonUnique);
            }
        }
        Set<String> constraintNames = new HashSet<>();
        if (pk.storedName() != null) {
            constraintNames.add(pk.storedName());
        }
        List<List<String>> fkColumns = new ArrayList<>();
        for (Stored<ForeignKeyInfo> k : fks) {
            if (k.storedName() != null) {
                constraintNames.add(k.storedName());
            }
            fkColumns.add(k.info().constrainedColumns());
        }
        List<IndexInfo> indexes = new ArrayList<>();
        List<UniqueConstraintInfo> uniques = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, String>> e : columns.entrySet()) {
            String stored = e.getKey();
            if (expression.contains(stored)) {
                LOG.warn("Index {} of table {} is over an expression; it is not reflected", stored, t.name());
                continue;
            }
            List<String> cols = List.copyOf(e.getValue().values());
            boolean isUnique = unique.get(stored);
            if (!isUnique && dialect.indexesForeignKeys() && fkColumns.contains(cols)
                    && dialect.normalizeName(stored).equals(cols.get(0))) {
                continue; // made for an unnamed foreign key, named after its first column
            }
            if (!dialect.isConstraintIndex(t.storedName(), stored, constraintNames)) {
                indexes.add(new IndexInfo(dialect.normalizeName(stored), cols, isUnique));
            } else if (!cols.equals(pk.info().columns()) && (isUnique || !fkColumns.contains(cols))) {
                uniques.add(new UniqueConstraintInfo(null, cols));
            }
        }
        indexes.sort(Comparator.comparing(IndexInfo::name));
        return new IndexSplit(List.copyOf(indexes), List.copyOf(uniques));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
