package dev.retort.engine.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.dialect.StandardBindings;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.IdentifierPreparer;
import dev.retort.sql.compile.SqlCompiler;
import dev.retort.sql.compile.TypeCompiler;
import java.sql.DatabaseMetaData;
import java.util.EnumSet;
import java.util.Map;

/**
 * Test scope only: what reflection needs from the H2 dialect, for as long as
 * {@link dev.retort.dialect.h2.H2Dialect} is a placeholder. It differs from the placeholder in
 * exactly the two overrides the real dialect must have; delete this class once it does.
 */
final class H2StandInDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer(IdentifierPreparer.SQL_RESERVED_WORDS);
    private static final TypeCompiler TYPES = new TypeCompiler();

    H2StandInDialect() {
        super("h2", EnumSet.of(Feature.GENERATED_KEYS), PREPARER, TYPES, StandardBindings.defaults());
    }

    /** H2 stores unquoted names in upper case. */
    @Override
    public boolean foldsToUpperCase() {
        return true;
    }

    /** H2 has no NO ACTION of its own: it reports its default, RESTRICT. */
    @Override
    public ReferentialAction reflectReferentialAction(int rule) {
        return rule == DatabaseMetaData.importedKeyRestrict ? null : super.reflectReferentialAction(rule);
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
        throw new UnsupportedOperationException("test stand-in");
    }

    @Override
    public String memoryUrl(String uniqueName) {
        throw new UnsupportedOperationException("test stand-in");
    }

    @Override
    public boolean acceptsJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public String driverCoordinates() {
        return "com.h2database:h2";
    }
}
