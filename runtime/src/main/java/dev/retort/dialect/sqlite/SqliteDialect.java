package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.Feature;
import dev.retort.dialect.JdbcBinding;
import dev.retort.dialect.StandardBindings;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.InvalidUrlException;
import dev.retort.sql.Shown;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.IdentifierPreparer;
import dev.retort.sql.compile.SqlCompiler;
import dev.retort.sql.compile.TypeCompiler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * SQLite through xerial's sqlite-jdbc (which bundles SQLite 3.50 with version 3.50.3.0).
 *
 * <ul>
 *   <li>Names keep their case and compare case-insensitively; SQLite's keywords are quoted
 *       ({@code user} is not one of them and stays unquoted).
 *   <li>Types are affinities: Retort writes readable names whose affinity fits (BIGINT and
 *       SMALLINT have INTEGER affinity, VARCHAR(n) and CHAR(36) TEXT, DOUBLE PRECISION REAL,
 *       NUMERIC/DATE/TIMESTAMP/BOOLEAN NUMERIC). Lengths are not enforced. UUIDs are
 *       {@code CHAR(36)} text, booleans 0 and 1, dates and times ISO-8601 text (see
 *       {@code SqliteBindings}); TIMESTAMP WITH TIME ZONE text keeps the offset.
 *   <li>An autoincrement primary key must be declared exactly {@code INTEGER} to be an alias of
 *       the rowid (a BIGINT primary key is an ordinary column and never gets a value), so the
 *       autoincrement column is rendered {@code INTEGER PRIMARY KEY AUTOINCREMENT} whatever its
 *       integer kind (SQLite integers are 64-bit anyway). The {@code AUTOINCREMENT} keyword stops
 *       SQLite from reusing the key of a deleted last row, which the identity map would otherwise
 *       confuse with the deleted object within one transaction.
 *   <li>Keys: {@code getGeneratedKeys()} reports {@code last_insert_rowid()} after a single-row
 *       INSERT and nothing after {@code executeBatch()}; {@code INSERT/UPDATE/DELETE ... RETURNING}
 *       works (SQLite 3.35 or later) through {@code executeQuery}.
 *   <li>Foreign keys are enforced only with {@code PRAGMA foreign_keys = ON}, which
 *       {@link #initializeConnection} sets on every connection. SQLite cannot add constraints to
 *       an existing table, so every constraint goes into CREATE TABLE.
 *   <li>{@code LIMIT -1 OFFSET ?} pages without a limit. There is no {@code FOR UPDATE} (a writer
 *       locks the whole database), so it is left out, as SQLAlchemy does.
 *   <li>LIKE is case-insensitive for ASCII letters, so {@code like} and {@code ilike} behave
 *       alike here.
 *   <li>In-memory databases are shared-cache URIs; the database vanishes with its last
 *       connection. Shared-cache connections lock whole tables and fail at once with
 *       {@code SQLITE_LOCKED} on contention (the busy timeout does not apply), so
 *       {@link Feature#SHARED_MEMORY_DATABASE} is not declared: use one connection at a time.
 * </ul>
 */
public final class SqliteDialect extends Dialect {
    /**
     * SQLite's 147 keywords ("SQL As Understood By SQLite: SQLite Keywords"), lower case. SQLite
     * accepts many of them as names in some places; quoting them costs nothing, since quoted and
     * unquoted names are the same name in SQLite.
     */
    static final Set<String> RESERVED = Set.of(
            "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as", "asc", "attach",
            "autoincrement", "before", "begin", "between", "by", "cascade", "case", "cast", "check", "collate",
            "column", "commit", "conflict", "constraint", "create", "cross", "current", "current_date",
            "current_time", "current_timestamp", "database", "default", "deferrable", "deferred", "delete", "desc",
            "detach", "distinct", "do", "drop", "each", "else", "end", "escape", "except", "exclude", "exclusive",
            "exists", "explain", "fail", "filter", "first", "following", "for", "foreign", "from", "full",
            "generated", "glob", "group", "groups", "having", "if", "ignore", "immediate", "in", "index", "indexed",
            "initially", "inner", "insert", "instead", "intersect", "into", "is", "isnull", "join", "key", "last",
            "left", "like", "limit", "match", "materialized", "natural", "no", "not", "nothing", "notnull", "null",
            "nulls", "of", "offset", "on", "or", "order", "others", "outer", "over", "partition", "plan", "pragma",
            "preceding", "primary", "query", "raise", "range", "recursive", "references", "regexp", "reindex",
            "release", "rename", "replace", "restrict", "returning", "right", "rollback", "row", "rows", "savepoint",
            "select", "set", "table", "temp", "temporary", "then", "ties", "to", "transaction", "trigger",
            "unbounded", "union", "unique", "update", "using", "vacuum", "values", "view", "virtual", "when",
            "where", "window", "with", "without");

    static final IdentifierPreparer PREPARER = new IdentifierPreparer(RESERVED);
    static final TypeCompiler TYPES = new SqliteTypeCompiler();

    /** The one instance; declared after the constants its constructor uses (static initialization order). */
    public static final SqliteDialect INSTANCE = new SqliteDialect();

    // SQLite primary result codes (the low byte of xerial's vendor code)
    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_ABORT = 4;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_MISMATCH = 20;
    private static final int SQLITE_MISUSE = 21;
    private static final int SQLITE_RANGE = 25;

    private SqliteDialect() {
        super("sqlite", EnumSet.of(Feature.GENERATED_KEYS, Feature.INSERT_RETURNING, Feature.UPDATE_RETURNING,
                Feature.SAVEPOINTS, Feature.TRANSACTIONAL_DDL, Feature.NULLS_ORDERING, Feature.DROP_IF_EXISTS,
                Feature.FOREIGN_KEYS, Feature.MULTI_ROW_INSERT),
                PREPARER, TYPES, bindings());
    }

    private static Map<TypeKind, JdbcBinding> bindings() {
        Map<TypeKind, JdbcBinding> m = StandardBindings.defaults();
        m.put(TypeKind.NUMERIC, SqliteBindings.NUMERIC);
        m.put(TypeKind.DATE, SqliteBindings.DATE);
        m.put(TypeKind.TIME, SqliteBindings.TIME);
        m.put(TypeKind.TIMESTAMP, SqliteBindings.TIMESTAMP);
        m.put(TypeKind.TIMESTAMP_TZ, SqliteBindings.TIMESTAMP_TZ);
        m.put(TypeKind.UUID, StandardBindings.UUID_STRING);
        return m;
    }

    @Override
    public SqlCompiler sqlCompiler() {
        return new SqliteSqlCompiler();
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new SqliteDdlCompiler();
    }

    /** SQLite takes a NULL of any declared type anywhere. */
    @Override
    protected void bindUntypedNull(PreparedStatement ps, int index) throws SQLException {
        ps.setNull(index, Types.NULL);
    }

    /** Turns on foreign key enforcement, which SQLite leaves off for every new connection. */
    @Override
    public void initializeConnection(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    /** {@code jdbc:sqlite:path?option=value}: SQLite is embedded, a host is an error. */
    @Override
    public String jdbcUrl(String host, Integer port, String database, Map<String, String> query) {
        if (host != null || port != null) {
            throw new InvalidUrlException("SQLite is an embedded database and takes no host: write "
                    + "sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite:///:memory:");
        }
        StringBuilder b = new StringBuilder("jdbc:sqlite:").append(database);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            b.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return b.toString();
    }

    private static String encode(String s) {
        return Dialects.urlEncode(s);
    }

    /** A named shared-cache in-memory database, seen by every connection of the engine while one stays open. */
    @Override
    public String memoryUrl(String uniqueName) {
        return "jdbc:sqlite:file:" + uniqueName + "?mode=memory&cache=shared";
    }

    @Override
    public boolean isTransientMemoryUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:") && (jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory"));
    }

    /** One connection, file or memory: SQLite admits one writer at a time anyway. */
    @Override
    public boolean prefersSingleConnection(String jdbcUrl) {
        return acceptsJdbcUrl(jdbcUrl);
    }

    @Override
    public boolean acceptsJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    @Override
    public String driverCoordinates() {
        return "org.xerial:sqlite-jdbc:3.50.3.0";
    }

    /**
     * SQLite reports no SQLState; xerial puts SQLite's result code in the vendor code:
     * CONSTRAINT is an integrity error, ERROR (syntax, no such table or column), MISUSE and RANGE
     * are programming errors, TOOBIG and MISMATCH data errors, and BUSY, LOCKED, I/O and the rest
     * operational.
     */
    @Override
    protected ErrorFamily classifyVendor(SQLException e) {
        if (e.getSQLState() != null) {
            return null;
        }
        int code = e.getErrorCode() & 0xFF;
        switch (code) {
            case 0: return null;
            case SQLITE_CONSTRAINT: return ErrorFamily.INTEGRITY;
            case SQLITE_ERROR: case SQLITE_MISUSE: case SQLITE_RANGE: return ErrorFamily.PROGRAMMING;
            case SQLITE_TOOBIG: case SQLITE_MISMATCH: return ErrorFamily.DATA;
            case SQLITE_ABORT: return ErrorFamily.OPERATIONAL;
            default: return ErrorFamily.OPERATIONAL;
        }
    }

    /** An {@code INTEGER PRIMARY KEY} is an alias of the rowid: SQLite fills it in, with or without AUTOINCREMENT. */
    /**
     * xerial's driver splices the table name into the SQL of {@code getColumns} and
     * {@code getImportedKeys} without escaping single quotes, so a name holding one is refused
     * instead of being handed to it.
     */
    @Override
    public void checkCatalogName(String storedName) {
        if (storedName != null && storedName.indexOf('\'') >= 0) {
            throw new ArgumentException("Cannot reflect the SQLite table " + Shown.text(storedName) + ": the SQLite JDBC "
                    + "driver splices table names into its catalog queries without escaping single quotes; rename "
                    + "the table without \"'\" to reflect it");
        }
    }

    @Override
    public boolean reflectAutoincrement(boolean reported, String typeName, boolean onlyPrimaryKeyColumn) {
        return reported || (onlyPrimaryKeyColumn && "INTEGER".equalsIgnoreCase(typeName));
    }

    /**
     * Maps a declared type name the way SQLite's affinity rules read it, keeping the names Retort
     * writes: xerial reports BIGINT and BOOLEAN as INTEGER, DATE and TIMESTAMP as VARCHAR,
     * NUMERIC as FLOAT.
     */
    @Override
    public SqlType<?> reflectType(int jdbcType, String typeName, int size, int decimalDigits) {
        return SqliteTypeNames.reflect(typeName, size, decimalDigits);
    }
}
