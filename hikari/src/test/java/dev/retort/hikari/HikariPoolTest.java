package dev.retort.hikari;

import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.exc.PoolTimeoutException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** With retort-hikari on the class path, URL engines pool with HikariCP. */
class HikariPoolTest {

    @Test
    void theServiceLoaderFindsTheFactory() {
        assertInstanceOf(HikariPoolFactory.class,
                ServiceLoader.load(dev.retort.engine.ConnectionPoolFactory.class).iterator().next());
    }

    @Test
    void poolSizeBoundsTheConnections() throws SQLException {
        // created beforehand, so the short timeout measures waiting for the pool, not creating the database
        DriverManager.getConnection("jdbc:derby:memory:pooltest;create=true").close();
        try (Engine engine = Engine.builder("jdbc:derby:memory:pooltest").poolSize(2)
                        .connectTimeout(Duration.ofMillis(250)).build();
                Connection a = engine.connect();
                Connection b = engine.connect()) {
            a.execute(text("VALUES 1")).close();
            b.execute(text("VALUES 1")).close();
            PoolTimeoutException e = assertThrows(PoolTimeoutException.class, engine::connect);
            assertEquals(2, e.poolSize());
            assertInstanceOf(SQLTransientConnectionException.class, e.getCause());
        }
    }

    @Test
    void initializeConnectionRunsOncePerPhysicalConnection() {
        AtomicInteger initialized = new AtomicInteger();
        Dialect counting = new CountingDerby(initialized);
        try (Engine engine = Engine.builder("jdbc:derby:memory:counting;create=true").dialect(counting).poolSize(1)
                .build()) {
            assertEquals(0, initialized.get(), "nothing connects before the first connect()");
            for (int i = 0; i < 3; i++) {
                try (Connection conn = engine.connect()) {
                    assertEquals(1, conn.execute(text("VALUES 1")).scalar());
                }
            }
            assertEquals(1, initialized.get(), "the pool keeps its one physical connection");
        }
    }

    @Test
    void sqliteFilesPoolToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (Engine engine = Engine.create("sqlite:///" + dir.resolve("pooled.db").toAbsolutePath());
                Connection a = engine.connect();
                Connection b = engine.connect()) {
            a.execute(text("CREATE TABLE t (x INTEGER)"));
            a.execute(text("INSERT INTO t VALUES (5)"));
            a.commit();
            assertEquals(5, b.execute(text("SELECT x FROM t")).scalar(), "two connections at once, from the pool");
        }
    }

    /** Derby, counting the physical connections it initializes. */
    private static final class CountingDerby extends Dialect {
        private static final DerbyDialect DERBY = DerbyDialect.INSTANCE;
        private final AtomicInteger initialized;

        CountingDerby(AtomicInteger initialized) {
            super("derby", DERBY.features(), DERBY.preparer(), DERBY.typeCompiler(),
                    dev.retort.dialect.StandardBindings.defaults());
            this.initialized = initialized;
        }

        @Override
        public void initializeConnection(java.sql.Connection connection) {
            initialized.incrementAndGet();
        }

        @Override
        public dev.retort.sql.compile.SqlCompiler sqlCompiler() {
            return DERBY.sqlCompiler();
        }

        @Override
        public dev.retort.sql.compile.DdlCompiler ddlCompiler() {
            return DERBY.ddlCompiler();
        }

        @Override
        public boolean foldsToUpperCase() {
            return true;
        }

        @Override
        public String jdbcUrl(String host, Integer port, String database, java.util.Map<String, String> query) {
            return DERBY.jdbcUrl(host, port, database, query);
        }

        @Override
        public String memoryUrl(String uniqueName) {
            return DERBY.memoryUrl(uniqueName);
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
}
