package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.exc.InvalidUrlException;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.IdentifierPreparer;
import dev.retort.sql.compile.SqlCompiler;
import dev.retort.sql.compile.TypeCompiler;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MySQL 8.0 or later, through MariaDB Connector/J (or MySQL Connector/J for {@code jdbc:mysql:}
 * URLs). {@link MariaDbDialect} is the same with MariaDB's RETURNING.
 *
 * <ul>
 *   <li>Names are quoted with backticks, which work in every SQL mode, {@code ANSI_QUOTES} or
 *       not. Table names are case-sensitive where the server stores them in files of a
 *       case-sensitive file system ({@code lower_case_table_names=0}, Linux's default); column
 *       names never are. Retort's lower-case names are stored as written either way.
 *   <li>Autoincrement keys are {@code AUTO_INCREMENT}; {@code getGeneratedKeys()} returns the key
 *       of every row of a batch, so inserts are batched.
 *   <li>No BOOLEAN, UUID or TIMESTAMP WITH TIME ZONE type: see {@link MySqlTypeCompiler} and
 *       {@link MySqlBindings}. Every table is InnoDB with utf8mb4 and a binary collation (see
 *       {@link MySqlDdlCompiler}).
 *   <li>DDL commits the running transaction: no transactional DDL.
 *   <li>No in-memory databases.
 * </ul>
 */
public class MySqlDialect extends Dialect {
    static final IdentifierPreparer PREPARER = new MySqlPreparer(MySqlReservedWords.WORDS);
    static final TypeCompiler TYPES = new MySqlTypeCompiler();

    /** What MySQL and MariaDB both can do. */
    static final Set<Feature> FEATURES = EnumSet.of(Feature.GENERATED_KEYS, Feature.BATCH_GENERATED_KEYS,
            Feature.SAVEPOINTS, Feature.FOR_UPDATE, Feature.DROP_IF_EXISTS, Feature.FOREIGN_KEYS,
            Feature.ALTER_ADD_CONSTRAINT, Feature.MULTI_ROW_INSERT);

    /** The one instance; declared after the constants its constructor uses (static initialization order). */
    public static final MySqlDialect INSTANCE = new MySqlDialect("mysql", FEATURES, "jdbc:mysql:");

    private final String jdbcPrefix;
    private final boolean returning;

    /**
     * @param name the dialect's name
     * @param features what the server can do
     * @param jdbcPrefix the JDBC URLs this dialect takes ({@code jdbc:mysql:}, {@code jdbc:mariadb:})
     */
    MySqlDialect(String name, Set<Feature> features, String jdbcPrefix) {
        super(name, features, PREPARER, TYPES, MySqlBindings.bindings());
        this.jdbcPrefix = jdbcPrefix;
        this.returning = features.contains(Feature.INSERT_RETURNING);
    }

    @Override
    public SqlCompiler sqlCompiler() {
        return new MySqlSqlCompiler(returning);
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new MySqlDdlCompiler(supports(Feature.SEQUENCES));
    }

    // ------------------------------------------------------------------ URLs and drivers

    /**
     * {@code jdbc:mariadb://host[:port]/database?option=value}, for MariaDB Connector/J, which
     * talks to MySQL and MariaDB alike; {@code localhost} when no host is given. The
     * {@code encoding} (or {@code charset}) option names the connection character set; see
     * {@link MySqlUrls}.
     */
    @Override
    public String jdbcUrl(String host, Integer port, String database, Map<String, String> query) {
        return MySqlUrls.jdbcUrl(host, port, database, query);
    }

    @Override
    public String memoryUrl(String uniqueName) {
        throw new InvalidUrlException(name() + " has no in-memory databases; use a server URL such as "
                + name() + "://user:password@localhost/test, or sqlite:///:memory:, h2:///:memory: or "
                + "derby:///:memory: for a throwaway database");
    }

    /** The current database, which MySQL calls a schema too ({@code useCatalogTerm=Schema}). */
    @Override
    public String currentSchema(java.sql.Connection connection) throws SQLException {
        return queryString(connection, "SELECT DATABASE()");
    }

    @Override
    public boolean acceptsJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(jdbcPrefix);
    }

    /** MariaDB Connector/J, the driver Retort is tested with, for MySQL and MariaDB alike. */
    @Override
    public String driverCoordinates() {
        return MySqlUrls.MARIADB_DRIVER;
    }

    /** For a {@code jdbc:mysql:} URL: MySQL Connector/J, the driver that takes such URLs. */
    @Override
    public String driverCoordinates(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:mysql:") ? MySqlUrls.MYSQL_DRIVER : driverCoordinates();
    }

    // ------------------------------------------------------------------ errors

    /**
     * MySQL reports some errors under SQLState HY000 (general error) that belong to a family:
     * a CHECK violation (3819) is an integrity error; an incorrect value (1366) and an
     * out-of-range one (1264) are data errors; a lock wait timeout (1205), a deadlock (1213) and
     * MariaDB's "record has changed since last read" under snapshot isolation (1020) are
     * operational.
     */
    @Override
    protected ErrorFamily classifyVendor(SQLException e) {
        switch (e.getErrorCode()) {
            case 3819: case 4025: case 1048: case 1364: case 1062: case 1451: case 1452: return ErrorFamily.INTEGRITY;
            case 1264: case 1292: case 1366: case 1365: case 1406: return ErrorFamily.DATA;
            case 1020: case 1205: case 1213: return ErrorFamily.OPERATIONAL;
            default: return null;
        }
    }

    // ------------------------------------------------------------------ reflection

    /** InnoDB indexes every foreign key, with the key's name or its first column's. */
    @Override
    public boolean indexesForeignKeys() {
        return true;
    }

    /**
     * {@code current_timestamp()} and {@code current_timestamp(6)}, MariaDB's spelling, are
     * {@code CURRENT_TIMESTAMP}.
     */
    @Override
    public String reflectServerDefault(String columnDefault) {
        if (columnDefault != null && columnDefault.toLowerCase(Locale.ROOT).startsWith("current_timestamp")) {
            return "CURRENT_TIMESTAMP";
        }
        return columnDefault;
    }

    /** InnoDB treats RESTRICT, which MariaDB reports for a key declared without ON DELETE, as NO ACTION. */
    @Override
    public ReferentialAction reflectReferentialAction(int rule) {
        return rule == DatabaseMetaData.importedKeyRestrict ? null : super.reflectReferentialAction(rule);
    }

    /** MySQL names every primary key's index {@code PRIMARY}; a foreign key's index takes its name. */
    @Override
    public boolean isConstraintIndex(String tableName, String indexName, Set<String> constraintNames) {
        return "PRIMARY".equals(indexName) || constraintNames.contains(indexName);
    }
}
