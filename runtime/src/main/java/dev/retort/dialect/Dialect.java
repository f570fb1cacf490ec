package dev.retort.dialect;

import dev.retort.exc.DataErrorException;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.ProgrammingErrorException;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.CompilerFactory;
import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.IdentifierPreparer;
import dev.retort.sql.compile.SqlCompiler;
import dev.retort.sql.compile.TypeCompiler;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything Retort needs to know about one kind of database. Subclasses set the features, the
 * quoting rules, the compilers and the JDBC bindings; the hooks below have generic defaults.
 *
 * <p>Dialects are immutable and shared by every engine of their kind.
 */
public abstract class Dialect implements CompilerFactory {
    private final String name;
    private final Set<Feature> features;
    private final IdentifierPreparer preparer;
    private final TypeCompiler typeCompiler;
    private final JdbcBinding[] bindings;

    /**
     * @param name the name used in URLs ({@code derby})
     * @param features what the database can do
     * @param preparer its quoting rules
     * @param typeCompiler its type names
     * @param bindings how each storage kind is bound and read (from {@link StandardBindings#defaults()})
     */
    protected Dialect(String name, Set<Feature> features, IdentifierPreparer preparer, TypeCompiler typeCompiler,
            Map<TypeKind, JdbcBinding> bindings) {
        this.name = name;
        this.features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        this.preparer = preparer;
        this.typeCompiler = typeCompiler;
        this.bindings = new JdbcBinding[TypeKind.values().length];
        for (TypeKind k : TypeKind.values()) {
            this.bindings[k.ordinal()] = bindings.get(k);
        }
        this.bindings[TypeKind.NULL.ordinal()] = new UntypedBinding();
    }

    /**
     * The dialect's name, as in URLs: {@code derby}, {@code h2}, {@code sqlite}, {@code postgresql},
     * {@code mysql}, {@code mariadb}.
     */
    public final String name() {
        return name;
    }

    /** Whether the database can do {@code feature}. */
    public final boolean supports(Feature feature) {
        return features.contains(feature);
    }

    /** Every feature the database has. */
    public final Set<Feature> features() {
        return EnumSet.copyOf(features.isEmpty() ? EnumSet.noneOf(Feature.class) : features);
    }

    /** Quoting rules. */
    public final IdentifierPreparer preparer() {
        return preparer;
    }

    /** Type names for DDL and CAST. */
    public final TypeCompiler typeCompiler() {
        return typeCompiler;
    }

    @Override
    public abstract SqlCompiler sqlCompiler();

    @Override
    public abstract DdlCompiler ddlCompiler();

    // ------------------------------------------------------------------ values

    /** How values of {@code type} are bound and read: by the kind of its storage type. */
    public final JdbcBinding binding(SqlType<?> type) {
        return bindings[type.storageType().kind().ordinal()];
    }

    /** The binding for values whose type is only known from the value itself. */
    public final JdbcBinding untypedBinding() {
        return bindings[TypeKind.NULL.ordinal()];
    }

    /** Binds by the value's class; reads {@code getObject} normalized to {@code java.time} and plain arrays. */
    private final class UntypedBinding implements JdbcBinding {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                bindUntypedNull(ps, i);
                return;
            }
            SqlType<?> t = SqlTypes.forValue(v);
            JdbcBinding b = t.kind() == TypeKind.NULL ? null : bindings[t.kind().ordinal()];
            if (b == null) {
                ps.setObject(i, v);
            } else {
                b.bind(ps, i, v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return StandardBindings.normalize(rs.getObject(i));
        }
    }

    /** Binds NULL where the type is unknown. Generic: asks the driver for the parameter's type. */
    protected void bindUntypedNull(PreparedStatement ps, int index) throws SQLException {
        int type = Types.VARCHAR;
        try {
            type = ps.getParameterMetaData().getParameterType(index);
        } catch (SQLException ignored) {
            // the driver cannot tell; VARCHAR is accepted almost everywhere
        }
        ps.setNull(index, type);
    }

    // ------------------------------------------------------------------ IN lists

    /**
     * The most keys one {@code IN} list binds when the ORM loads objects for many keys at once
     * (selectin eager loads, many-to-one references, refresh): longer key lists are split into
     * several statements. Generic: 500 (within every supported database's parameter limit).
     */
    public int maxInListSize() {
        return 500;
    }

    /**
     * How many parameters an {@code IN} list of {@code keys} keys binds (the ORM repeats the last
     * key to fill it): the number rounded up to a power of two, at most {@link #maxInListSize()},
     * so that the lists of any size share a handful of statement texts and every database's
     * statement cache (and the connection's prepared statements) sees the same statements again,
     * as Hibernate's {@code in_clause_parameter_padding} does. A dialect whose database plans
     * each IN-list length cheaply could return {@code keys}.
     */
    public int inListPadding(int keys) {
        int max = maxInListSize();
        if (keys >= max) {
            return max;
        }
        int padded = Integer.highestOneBit(Math.max(1, keys));
        return padded == keys ? keys : Math.min(max, padded << 1);
    }

    // ------------------------------------------------------------------ names

    /**
     * Whether unquoted identifiers are stored in upper case (Derby, H2); reflection lowers them
     * again so names read back as they were declared.
     */
    public boolean foldsToUpperCase() {
        return false;
    }

    /** A name as the database reports it, turned into the name Retort uses ({@code USERS} → {@code users}). */
    public String normalizeName(String name) {
        if (name == null) {
            return null;
        }
        if (foldsToUpperCase() && name.equals(name.toUpperCase(Locale.ROOT))
                && !name.equals(name.toLowerCase(Locale.ROOT))) {
            String lower = name.toLowerCase(Locale.ROOT);
            return preparer.requiresQuotes(lower) ? name : lower;
        }
        return name;
    }

    /**
     * Checks that the JDBC driver's catalog ({@code DatabaseMetaData}) can be asked about the
     * table {@code storedName} safely, before reflection does. Generic: any name.
     *
     * @throws dev.retort.exc.ArgumentException when the driver would splice the name into SQL
     */
    public void checkCatalogName(String storedName) {
    }

    /** A Retort name as the database stores it, for catalog lookups ({@code users} → {@code USERS}). */
    public String denormalizeName(String name) {
        if (name == null) {
            return null;
        }
        if (foldsToUpperCase() && !preparer.requiresQuotes(name)) {
            return name.toUpperCase(Locale.ROOT);
        }
        return name;
    }

    /**
     * The column name to pass to {@code prepareStatement(sql, String[])} to get a generated key
     * back. Generic: the name as the database stores it.
     */
    public String generatedKeyColumnName(String column) {
        return denormalizeName(column);
    }

    // ------------------------------------------------------------------ connections and URLs

    /**
     * The JDBC URL for a Retort URL's parts.
     *
     * @param host host name, or {@code null} for embedded databases
     * @param port port, or {@code null}
     * @param database the database name or path ({@code :memory:} for an in-memory one)
     * @param query URL query options, passed to the driver
     */
    public abstract String jdbcUrl(String host, Integer port, String database, Map<String, String> query);

    /** The JDBC URL of a fresh, private in-memory database called {@code uniqueName}. */
    public abstract String memoryUrl(String uniqueName);

    /**
     * Frees an in-memory database made by {@link #memoryUrl} when its engine closes. Generic:
     * nothing (most in-memory databases vanish with their last connection).
     */
    public void disposeMemoryDatabase(String uniqueName) {}

    /** Whether a JDBC URL names an in-memory database that vanishes when the last connection closes. */
    public boolean isTransientMemoryUrl(String jdbcUrl) {
        return false;
    }

    /**
     * Whether a driver exception means the connection itself is gone (SQLAlchemy's
     * {@code is_disconnect}): the engine then closes that connection instead of giving it back to
     * the pool. Standard: SQLSTATE class {@code 08} (connection exception), or a
     * {@link java.sql.SQLNonTransientConnectionException} or
     * {@link java.sql.SQLRecoverableException}; dialects add their servers' own codes.
     */
    public boolean isDisconnect(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("08")) || e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException;
    }

    /**
     * Whether an engine without a pool library and without a pool size should keep one connection
     * open for this URL and lend it to one user at a time, instead of pooling several: where one writer is right
     * (SQLite, whose file lock admits one writer at a time anyway). Embedded in-memory Derby and H2
     * databases say no: they serve concurrent connections, which code relies on (a second
     * connection that must not see an uncommitted change). Generic: no.
     */
    public boolean prefersSingleConnection(String jdbcUrl) {
        return false;
    }

    /**
     * The connection's current schema as the database stores it ({@code APP}), or {@code null}
     * where there is no such thing (SQLite) or the dialect does not know how to ask (generic).
     * JDBC 4.1's {@code Connection.getSchema()} would do, but Android's {@code java.sql} lacks it.
     */
    public String currentSchema(Connection connection) throws SQLException {
        return null;
    }

    /** Runs a query returning one string, for {@link #currentSchema}. */
    protected static String queryString(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Whether {@code jdbcUrl} is one this dialect's driver handles. */
    public abstract boolean acceptsJdbcUrl(String jdbcUrl);

    /** What to add to the build when the driver is missing: Maven coordinates. */
    public abstract String driverCoordinates();

    /**
     * What to add to the build when no driver takes {@code jdbcUrl}. Generic:
     * {@link #driverCoordinates()}; a dialect whose JDBC URLs are served by more than one driver
     * (MySQL: {@code jdbc:mysql:} by MySQL Connector/J, {@code jdbc:mariadb:} by MariaDB
     * Connector/J) names the one that takes this URL.
     */
    public String driverCoordinates(String jdbcUrl) {
        return driverCoordinates();
    }

    /** Called once for every new connection (SQLite turns on foreign keys here). */
    public void initializeConnection(Connection connection) throws SQLException {}

    /** The SQL returning the next value of a sequence, or {@code null} without {@link Feature#SEQUENCES}. */
    public String nextSequenceValueSql(String sequenceName) {
        return null;
    }

    /**
     * A query with one bind parameter, {@code :name} (a sequence's name as the database stores it,
     * {@link #denormalizeName}), that returns a row when the current schema has a sequence of that
     * name; {@code null} without {@link Feature#SEQUENCES}. {@code createAll} and {@code dropAll}
     * ask it before creating or dropping a sequence.
     */
    public String sequenceExistsSql() {
        return null;
    }

    // ------------------------------------------------------------------ errors

    /**
     * Wraps a driver exception in the matching {@link DatabaseException} family: SQLState class
     * 23 → integrity, 22 → data, 42 → programming, 08/28/40/53/54/55/57/58/HY/XJ → operational
     * (28: the login was refused). Dialects
     * refine this with vendor codes ({@link #classifyVendor}).
     */
    public DatabaseException wrap(SQLException e, String sql, List<?> parameters, String parametersText) {
        ErrorFamily family = classifyVendor(e);
        if (family == null) {
            family = classifyState(e.getSQLState());
        }
        switch (family) {
            case INTEGRITY: return new IntegrityErrorException(sql, parameters, parametersText, e);
            case DATA: return new DataErrorException(sql, parameters, parametersText, e);
            case PROGRAMMING: return new ProgrammingErrorException(sql, parameters, parametersText, e);
            case OPERATIONAL: return new OperationalErrorException(sql, parameters, parametersText, e);
            default: return new DatabaseException(sql, parameters, parametersText, e);
        }
    }

    /** The families of database errors. */
    public enum ErrorFamily {
        /** A violated constraint (SQLState class 23): wrapped as {@link IntegrityErrorException}. */
        INTEGRITY,
        /** A value that does not fit its column (SQLState class 22): wrapped as {@link DataErrorException}. */
        DATA,
        /**
         * An invalid statement: syntax, unknown object or missing privilege (SQLState class 42):
         * wrapped as {@link ProgrammingErrorException}.
         */
        PROGRAMMING,
        /**
         * A failure of the connection, transaction or resources, or a refused login (SQLState
         * classes 08, 28, 40, 53, 54, 55, 57, 58, HY, XJ): wrapped as {@link OperationalErrorException}.
         */
        OPERATIONAL,
        /** Anything else: wrapped as a plain {@link DatabaseException}. */
        OTHER
    }

    /** A classification from vendor codes, or {@code null} to use the SQLState. */
    protected ErrorFamily classifyVendor(SQLException e) {
        return null;
    }

    /** The family of a SQLState. */
    protected static ErrorFamily classifyState(String state) {
        if (state == null || state.length() < 2) {
            return ErrorFamily.OTHER;
        }
        switch (state.substring(0, 2)) {
            case "23": return ErrorFamily.INTEGRITY;
            case "22": return ErrorFamily.DATA;
            case "42": return ErrorFamily.PROGRAMMING;
            case "08": case "28": case "40": case "53": case "54": case "55": case "57": case "58": case "HY": case "XJ":
                return ErrorFamily.OPERATIONAL;
            default: return ErrorFamily.OTHER;
        }
    }

    // ------------------------------------------------------------------ reflection

    /**
     * The SQL type for a column the database describes with a JDBC type code, a type name, a size
     * and decimal digits (as {@code DatabaseMetaData.getColumns} reports them).
     *
     * <p>Generic: a standard SQL type name ({@code INTEGER}, {@code CHARACTER VARYING},
     * {@code CLOB}, {@code DOUBLE PRECISION}, {@code TIMESTAMP} ...) decides first, because some
     * drivers report only a storage class as the type code (SQLite says {@code VARCHAR} for a
     * {@code DATE} column); other names fall back to the type code. Sizes of a billion and more
     * mean "no declared length".
     */
    public SqlType<?> reflectType(int jdbcType, String typeName, int size, int decimalDigits) {
        SqlType<?> named = standardType(typeName, size, decimalDigits);
        if (named != null) {
            return named;
        }
        switch (jdbcType) {
            case Types.INTEGER: return SqlTypes.INTEGER;
            case Types.BIGINT: return SqlTypes.BIGINT;
            case Types.SMALLINT: case Types.TINYINT: return SqlTypes.SMALLINT;
            case Types.VARCHAR: case Types.CHAR: case Types.NVARCHAR: case Types.NCHAR:
                return SqlTypes.string(declaredLength(size));
            case Types.CLOB: case Types.NCLOB: case Types.LONGVARCHAR: case Types.LONGNVARCHAR:
                return SqlTypes.TEXT;
            case Types.BOOLEAN: case Types.BIT: return SqlTypes.BOOLEAN;
            case Types.REAL: return SqlTypes.REAL;
            case Types.FLOAT: case Types.DOUBLE: return SqlTypes.DOUBLE;
            case Types.NUMERIC: case Types.DECIMAL: return numericType(size, decimalDigits);
            case Types.DATE: return SqlTypes.DATE;
            case Types.TIME: return SqlTypes.TIME;
            case Types.TIMESTAMP: return SqlTypes.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE: return SqlTypes.TIMESTAMP_TZ;
            case Types.BLOB: case Types.LONGVARBINARY: return SqlTypes.BLOB;
            case Types.VARBINARY: case Types.BINARY:
                Integer length = declaredLength(size);
                return length == null ? SqlTypes.BLOB : SqlTypes.varbinary(length);
            default: return SqlTypes.NULL;
        }
    }

    /** The type a standard SQL type name stands for, or {@code null} for other names. */
    private static SqlType<?> standardType(String typeName, int size, int decimalDigits) {
        if (typeName == null) {
            return null;
        }
        String n = typeName.trim().toUpperCase(Locale.ROOT);
        int paren = n.indexOf('(');
        if (paren > 0 && n.endsWith(")")) {
            n = n.substring(0, paren).trim();
        }
        switch (n) {
            case "INTEGER": case "INT": return SqlTypes.INTEGER;
            case "BIGINT": return SqlTypes.BIGINT;
            case "SMALLINT": return SqlTypes.SMALLINT;
            case "VARCHAR": case "CHARACTER VARYING": return SqlTypes.string(declaredLength(size));
            case "CLOB": case "TEXT": case "CHARACTER LARGE OBJECT": return SqlTypes.TEXT;
            case "BOOLEAN": return SqlTypes.BOOLEAN;
            case "REAL": return SqlTypes.REAL;
            case "DOUBLE": case "DOUBLE PRECISION": return SqlTypes.DOUBLE;
            case "NUMERIC": case "DECIMAL": return numericType(size, decimalDigits);
            case "DATE": return SqlTypes.DATE;
            case "TIME": return SqlTypes.TIME;
            case "TIMESTAMP": return SqlTypes.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE": return SqlTypes.TIMESTAMP_TZ;
            case "UUID": return SqlTypes.UUID_TYPE;
            case "BLOB": case "BINARY LARGE OBJECT": return SqlTypes.BLOB;
            default: return null;
        }
    }

    /** {@code size} as a declared length, or {@code null} when it means "unbounded". */
    private static Integer declaredLength(int size) {
        return size > 0 && size < 1_000_000_000 ? size : null;
    }

    private static SqlType<?> numericType(int precision, int scale) {
        return precision > 0 && precision < 1_000_000_000
                ? SqlTypes.numeric(precision, Math.max(0, Math.min(scale, precision))) : SqlTypes.NUMERIC;
    }

    /**
     * The ON DELETE / ON UPDATE action for a rule code of {@code DatabaseMetaData.getImportedKeys}
     * ({@code importedKeyCascade}, ...), or {@code null} for the default, NO ACTION. A database
     * that reports its default as another code (H2 reports RESTRICT, which it treats as NO ACTION)
     * maps that code to {@code null} too.
     */
    public ReferentialAction reflectReferentialAction(int rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade: return ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull: return ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault: return ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict: return ReferentialAction.RESTRICT;
            default: return null;
        }
    }

    /**
     * Whether the database generates a column's values, from what the driver reports
     * ({@code IS_AUTOINCREMENT}), the declared type name, and whether the column is the table's
     * only primary key column. Generic: what the driver reports. SQLite overrides it: its driver
     * only reports the AUTOINCREMENT keyword, but any {@code INTEGER PRIMARY KEY} gets values.
     */
    public boolean reflectAutoincrement(boolean reported, String typeName, boolean onlyPrimaryKeyColumn) {
        return reported;
    }

    /**
     * Whether an index the catalog reports was made by the database for a PRIMARY KEY, UNIQUE or
     * FOREIGN KEY constraint rather than by CREATE INDEX. Reflection leaves such indexes out of
     * the table's indexes and reads the table's unique constraints from them.
     *
     * <p>Generic: the index bears the name of one of the table's primary or foreign key
     * constraints (PostgreSQL names a primary key's index after the constraint), or a name only a
     * database makes up: SQLite's {@code sqlite_autoindex_...}; Derby's {@code SQL<10 or more
     * digits>...}; H2's {@code PRIMARY_KEY_<h>} and {@code <constraint>_INDEX_<h>}, where
     * {@code <h>} is a prefix of the upper-case hex hash code of the table's name. Dialects whose
     * database names them otherwise override this.
     *
     * @param tableName the table's name as the catalog reports it
     * @param indexName the index's name as the catalog reports it
     * @param constraintNames the table's primary and foreign key constraint names as the catalog
     *     reports them
     */
    public boolean isConstraintIndex(String tableName, String indexName, Set<String> constraintNames) {
        if (constraintNames.contains(indexName) || indexName.startsWith("sqlite_autoindex_")
                || GeneratedNames.DERBY.matcher(indexName).matches()) {
            return true;
        }
        Matcher h2 = GeneratedNames.H2.matcher(indexName);
        return h2.matches() && Integer.toHexString(tableName.hashCode()).toUpperCase(Locale.ROOT).startsWith(h2.group(1));
    }

    /**
     * Whether the database makes an index for every foreign key that has none, named after the
     * key or, for an unnamed key, its first column (MySQL's InnoDB). Reflection leaves out a
     * non-unique index over exactly a foreign key's columns named after its first column (one
     * made by CREATE INDEX with that very name cannot be told apart). Generic: {@code false}.
     */
    public boolean indexesForeignKeys() {
        return false;
    }

    /**
     * A column's DEFAULT as the catalog reports it, in the spelling Retort's DDL uses; {@code null}
     * for none. Generic: as reported. MariaDB reports {@code CURRENT_TIMESTAMP} as
     * {@code current_timestamp()}.
     */
    public String reflectServerDefault(String columnDefault) {
        return columnDefault;
    }

    /** Index names only a database makes up; compiled when reflection first needs them, not with every dialect. */
    private static final class GeneratedNames {
        static final Pattern DERBY = Pattern.compile("SQL\\d{10,}.*");
        static final Pattern H2 = Pattern.compile("(?:PRIMARY_KEY_|.+_INDEX_)([0-9A-F]+)");
    }

    @Override
    public String toString() {
        return "Dialect(" + name + ")";
    }
}
