package dev.retort.dialect;

import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.IdentifierPreparer;
import dev.retort.sql.compile.SqlCompiler;
import dev.retort.sql.compile.TypeCompiler;
import java.util.EnumSet;
import java.util.Map;

/**
 * Standard SQL through plain JDBC, for a {@code jdbc:} URL of a database Retort has no dialect
 * for. It assumes little: generated keys one row at a time, savepoints, standard types.
 */
public final class GenericDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer(IdentifierPreparer.SQL_RESERVED_WORDS);
    private static final TypeCompiler TYPES = new TypeCompiler();

    /** The one instance (declared after the constants its constructor reads). */
    public static final GenericDialect INSTANCE = new GenericDialect();

    private GenericDialect() {
        super("generic", EnumSet.of(Feature.GENERATED_KEYS, Feature.SAVEPOINTS, Feature.FOREIGN_KEYS),
                PREPARER, TYPES, StandardBindings.defaults());
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
        throw new UnsupportedOperationException("The generic dialect only takes jdbc: URLs");
    }

    @Override
    public String memoryUrl(String uniqueName) {
        throw new UnsupportedOperationException("The generic dialect has no in-memory database");
    }

    @Override
    public boolean acceptsJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:");
    }

    @Override
    public String driverCoordinates() {
        return "the JDBC driver for this database";
    }
}
