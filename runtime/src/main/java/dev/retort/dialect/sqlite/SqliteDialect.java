package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.dialect.StandardBindings;
import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.IdentifierPreparer;
import dev.retort.sql.compile.SqlCompiler;
import dev.retort.sql.compile.TypeCompiler;
import java.util.EnumSet;
import java.util.Map;

/** PLACEHOLDER — replaced by the dialect work. */
public final class SqliteDialect extends Dialect {
    public static final SqliteDialect INSTANCE = new SqliteDialect();
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer(IdentifierPreparer.SQL_RESERVED_WORDS);
    private static final TypeCompiler TYPES = new TypeCompiler();

    private SqliteDialect() {
        super("sqlite", EnumSet.of(Feature.GENERATED_KEYS), PREPARER, TYPES, StandardBindings.defaults());
    }

    @Override
    public SqlCompiler sqlCompiler() {
        return new SqlCompiler(PREPARER, TYPES, true);
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new DdlCompiler(PREPARER, TYPES);
    }

    @Override
    public String jdbcUrl(String host, Integer port, String database, Map<String, String> query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String memoryUrl(String uniqueName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean acceptsJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    @Override
    public String driverCoordinates() {
        return "";
    }
}
