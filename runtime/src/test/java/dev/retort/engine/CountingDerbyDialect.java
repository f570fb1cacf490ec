package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.StandardBindings;
import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.sql.compile.DdlCompiler;
import dev.retort.sql.compile.SqlCompiler;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Derby, counting the physical connections it initializes; optionally claiming its in-memory
 * databases vanish with their last connection (as SQLite's do), to exercise the keeper.
 */
final class CountingDerbyDialect extends Dialect {
    private static final DerbyDialect DERBY = DerbyDialect.INSTANCE;

    final AtomicInteger initialized = new AtomicInteger();
    private final boolean transientMemory;

    CountingDerbyDialect(boolean transientMemory) {
        super("derby", DERBY.features(), DERBY.preparer(), DERBY.typeCompiler(), StandardBindings.defaults());
        this.transientMemory = transientMemory;
    }

    @Override
    public void initializeConnection(Connection connection) {
        initialized.incrementAndGet();
    }

    /** Whether the engine should keep one connection, as for SQLite (Derby itself says no). */
    volatile boolean singleConnection;

    @Override
    public boolean prefersSingleConnection(String jdbcUrl) {
        return singleConnection;
    }

    @Override
    public String currentSchema(Connection connection) throws java.sql.SQLException {
        return DERBY.currentSchema(connection);
    }

    @Override
    public boolean isTransientMemoryUrl(String jdbcUrl) {
        return transientMemory && jdbcUrl.startsWith("jdbc:derby:memory:");
    }

    @Override
    public SqlCompiler sqlCompiler() {
        return DERBY.sqlCompiler();
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return DERBY.ddlCompiler();
    }

    @Override
    public boolean foldsToUpperCase() {
        return true;
    }

    @Override
    public String jdbcUrl(String host, Integer port, String database, Map<String, String> query) {
        return DERBY.jdbcUrl(host, port, database, query);
    }

    @Override
    public String memoryUrl(String uniqueName) {
        return DERBY.memoryUrl(uniqueName);
    }

    @Override
    public void disposeMemoryDatabase(String uniqueName) {
        DERBY.disposeMemoryDatabase(uniqueName);
    }

    @Override
    public boolean acceptsJdbcUrl(String jdbcUrl) {
        return DERBY.acceptsJdbcUrl(jdbcUrl);
    }

    @Override
    public String driverCoordinates() {
        return DERBY.driverCoordinates();
    }
}
