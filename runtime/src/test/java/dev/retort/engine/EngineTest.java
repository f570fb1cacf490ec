package dev.retort.engine;

import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.MissingDriverException;
import dev.retort.exc.ProgrammingErrorException;
import dev.retort.exc.ResourceClosedException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    /** Shared where a private database is not the point: dropping a Derby memory database takes ~0.5 s. */
    private static Engine shared;

    @BeforeAll
    static void start() {
        shared = Engine.create(Fixtures.MEMORY);
    }

    @AfterAll
    static void stop() {
        shared.close();
    }

    @Test
    void memoryEngineBasics() {
        assertSame(DerbyDialect.INSTANCE, shared.dialect());
        assertEquals("derby:///:memory:", shared.url());
        assertEquals("Engine(derby:///:memory:)", shared.toString());
        assertFalse(shared.echo());
        try (Connection conn = shared.connect()) {
            assertEquals(1, conn.execute(text("VALUES 1")).scalar());
            assertSame(shared, conn.engine());
            assertSame(DerbyDialect.INSTANCE, conn.dialect());
        }
    }

    @Test
    void twoMemoryEnginesNeverShareADatabase() {
        Engine a = shared;
        Fixtures fa = Fixtures.schema();
        try (Engine b = Engine.create(Fixtures.MEMORY)) {
            fa.metadata.createAll(a);
            try (Connection conn = a.connect()) {
                assertEquals(List.of(), conn.execute(select(fa.users)).fetchAll());
            }
            try (Connection conn = b.connect()) {
                assertThrows(ProgrammingErrorException.class, () -> conn.execute(select(fa.users)));
            }
        } finally {
            fa.metadata.dropAll(a);
        }
    }

    @Test
    void closeDisposesTheMemoryDatabaseAndRefusesNewConnections() throws SQLException {
        Engine engine = Engine.create(Fixtures.MEMORY);
        String jdbcUrl;
        try (Connection conn = engine.connect()) {
            jdbcUrl = conn.jdbc().getMetaData().getURL();
        }
        assertTrue(jdbcUrl.startsWith("jdbc:derby:memory:retort_memory_"), jdbcUrl);
        engine.close();
        assertTrue(engine.isClosed());
        engine.dispose(); // a second close does nothing
        ResourceClosedException e = assertThrows(ResourceClosedException.class, engine::connect);
        assertEquals("This engine is closed; create a new one", e.getMessage());
        SQLException gone = assertThrows(SQLException.class, () -> DriverManager.getConnection(jdbcUrl));
        assertEquals("XJ004", gone.getSQLState()); // database not found
    }

    @Test
    void fileDatabaseOutlivesItsEngine(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("example");
        String url = "derby:///" + db.toAbsolutePath(); // derby:////tmp/.../example
        assertTrue(url.startsWith("derby:////"));
        Fixtures f = Fixtures.schema();
        try (Engine engine = Engine.create(url)) {
            f.metadata.createAll(engine);
            engine.transaction(c -> c.execute(f.users.insert(), Map.of("name", "jack")));
        }
        try (Engine engine = Engine.create(url); Connection conn = engine.connect()) {
            assertEquals("jack", conn.execute(select(f.users.c("name"))).scalarOne());
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + db.toAbsolutePath() + ";shutdown=true").close();
            } catch (SQLException expected) {
                assertEquals("08006", expected.getSQLState()); // Derby reports a clean shutdown this way
            }
        }
    }

    @Test
    void initializeConnectionRunsOncePerPhysicalConnection() {
        CountingDerbyDialect dialect = new CountingDerbyDialect(false);
        // a jdbc: URL is never dropped on close, which keeps the test fast; the runtime's tests have no
        // pool library, so the test claims one connection suits the database (as SQLite does)
        dialect.singleConnection = true;
        try (Engine engine = Engine.builder("jdbc:derby:memory:counting;create=true").dialect(dialect).build()) {
            assertEquals(0, dialect.initialized.get(), "nothing connects before the first connect()");
            for (int i = 0; i < 3; i++) {
                try (Connection conn = engine.connect()) {
                    conn.execute(text("VALUES 1")).scalar();
                }
            }
            assertEquals(1, dialect.initialized.get());
        }
    }

    @Test
    void transientMemoryDatabaseGetsAKeeperConnection() {
        CountingDerbyDialect dialect = new CountingDerbyDialect(true);
        try (Engine engine = Engine.builder("jdbc:derby:memory:keeper;create=true").dialect(dialect).build()) {
            assertEquals(1, dialect.initialized.get(), "the keeper is opened (and initialized) at build time");
            try (Connection conn = engine.connect()) {
                assertEquals(1, conn.execute(text("VALUES 1")).scalar());
            }
            assertEquals(2, dialect.initialized.get());
        }
    }

    @Test
    void builderChecksItsSettings() {
        assertEquals("poolSize must be at least 1, not 0",
                assertThrows(ArgumentException.class, () -> Engine.builder(Fixtures.MEMORY).poolSize(0)).getMessage());
        assertEquals("connectTimeout must be at least 250 ms, not 100 ms", assertThrows(ArgumentException.class,
                () -> Engine.builder(Fixtures.MEMORY).connectTimeout(Duration.ofMillis(100))).getMessage());
    }

    @Test
    void missingDriverNamesTheMaskedUrlAndWhatToAdd() {
        MissingDriverException e = assertThrows(MissingDriverException.class,
                () -> Engine.create("jdbc:nosuchdb://x?user=a&password=secret"));
        assertEquals("No JDBC driver on the class path accepts jdbc:nosuchdb://x?user=a&password=*** (for the "
                + "database URL 'jdbc:nosuchdb://x?user=a&password=***'): add the JDBC driver for this database to "
                + "your dependencies", e.getMessage());
        assertInstanceOf(SQLException.class, e.getCause());
        assertFalse(e.toString().contains("secret"));
    }

    @Test
    void missingMySqlDriverNamesConnectorJ() {
        MissingDriverException e = assertThrows(MissingDriverException.class,
                () -> Engine.create("jdbc:mysql://localhost/test?user=scott&password=tiger"));
        assertEquals("No JDBC driver on the class path accepts jdbc:mysql://localhost/test?user=scott&password=*** "
                + "(for the database URL 'jdbc:mysql://localhost/test?user=scott&password=***'): add "
                + "com.mysql:mysql-connector-j:9.7.0 to your dependencies", e.getMessage());
    }

    @Test
    void rawJdbcUrlEngine() {
        try (Engine engine = Engine.create("jdbc:derby:memory:rawjdbc;create=true;user=app;password=pw")) {
            assertSame(DerbyDialect.INSTANCE, engine.dialect());
            assertEquals("Engine(jdbc:derby:memory:rawjdbc;create=true;user=app;password=***)", engine.toString());
            try (Connection conn = engine.connect()) {
                assertEquals(1, conn.execute(text("VALUES 1")).scalar());
            }
        }
    }

    @Test
    void ownDataSourceWithDetectedDialect() throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:owndatasource");
        ds.setCreateDatabase("create");
        Fixtures f = Fixtures.schema();
        try (Engine engine = Engine.of(ds)) {
            assertSame(DerbyDialect.INSTANCE, engine.dialect());
            assertEquals("jdbc:derby:memory:owndatasource", engine.url());
            f.metadata.createAll(engine);
            try (Connection conn = engine.connect()) {
                conn.execute(f.users.insert(), Map.of("name", "ed"));
                conn.commit();
                conn.execute(f.users.insert(), Map.of("name", "rolled back"));
            }
        }
        try (java.sql.Connection raw = ds.getConnection();
                java.sql.ResultSet rs = raw.createStatement().executeQuery("SELECT name FROM users")) {
            assertTrue(raw.getAutoCommit());
            assertTrue(rs.next());
            assertEquals("ed", rs.getString(1));
            assertFalse(rs.next());
        }
    }

    @Test
    void ownDataSourceWithGivenDialectInitializesEveryCheckout() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:owndatasource2");
        ds.setCreateDatabase("create");
        CountingDerbyDialect dialect = new CountingDerbyDialect(false);
        try (Engine engine = Engine.builder(ds).dialect(dialect).build()) {
            assertEquals("Engine(datasource:EmbeddedDataSource)", engine.toString());
            for (int i = 0; i < 2; i++) {
                try (Connection conn = engine.connect()) {
                    conn.execute(text("VALUES 1")).close();
                }
            }
            assertEquals(2, dialect.initialized.get());
        }
    }

    @Test
    void withJdbcConnectionLendsAPooledConnectionAndWrapsErrors() {
        assertEquals("APP", shared.withJdbcConnection(c -> c.getSchema()));
        ProgrammingErrorException e = assertThrows(ProgrammingErrorException.class,
                () -> shared.withJdbcConnection(c -> c.createStatement().executeQuery("SELECT * FROM nowhere")));
        assertEquals("42X05", e.sqlState());
    }

    @Test
    void derbyErrorLogIsRedirectedOnlyWhenUnset() {
        Properties empty = new Properties();
        assertTrue(DerbyErrorLog.redirect(empty));
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "retort-derby.log").toString(),
                empty.getProperty("derby.stream.error.file"));
        for (String key : List.of("derby.stream.error.file", "derby.stream.error.field", "derby.stream.error.method")) {
            Properties mine = new Properties();
            mine.setProperty(key, "mine");
            assertFalse(DerbyErrorLog.redirect(mine));
            assertEquals(1, mine.size());
        }
    }
}
