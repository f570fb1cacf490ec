package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.exc.InvalidUrlException;
import dev.retort.exc.UnknownDialectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** JDBC URLs, in-memory databases and driver coordinates of each dialect. */
class DialectUrlTest {
    private static final Dialect DERBY = DerbyDialect.INSTANCE;
    private static final Dialect H2 = H2Dialect.INSTANCE;
    private static final Dialect SQLITE = SqliteDialect.INSTANCE;
    private static final Dialect PG = PostgresDialect.INSTANCE;

    @Test
    void fileAndServerUrls() {
        assertEquals("jdbc:derby:example;create=true", DERBY.jdbcUrl(null, null, "example", Map.of()));
        assertEquals("jdbc:derby://db:1527/example", DERBY.jdbcUrl("db", 1527, "example", Map.of()));

        assertEquals("jdbc:h2:./example", H2.jdbcUrl(null, null, "example", Map.of()));
        assertEquals("jdbc:h2:/var/db/example", H2.jdbcUrl(null, null, "/var/db/example", Map.of()));
        assertEquals("jdbc:h2:~/example", H2.jdbcUrl(null, null, "~/example", Map.of()));
        assertEquals("jdbc:h2:tcp://db:9092/example;MODE=PostgreSQL",
                H2.jdbcUrl("db", 9092, "example", Map.of("MODE", "PostgreSQL")));

        assertEquals("jdbc:sqlite:file.db", SQLITE.jdbcUrl(null, null, "file.db", Map.of()));
        assertEquals("jdbc:sqlite:/tmp/x.db?journal_mode=WAL", SQLITE.jdbcUrl(null, null, "/tmp/x.db",
                Map.of("journal_mode", "WAL")));
        assertThrows(InvalidUrlException.class, () -> SQLITE.jdbcUrl("host", null, "x.db", Map.of()));

        Map<String, String> q = new LinkedHashMap<>();
        q.put("sslmode", "disable");
        q.put("application_name", "my app&co");
        assertEquals("jdbc:postgresql://db.example.com:5433/test?sslmode=disable&application_name=my%20app%26co",
                PG.jdbcUrl("db.example.com", 5433, "test", q));
        assertEquals("jdbc:postgresql://localhost/test", PG.jdbcUrl(null, null, "test", Map.of()));
        assertEquals("jdbc:postgresql://[::1]/test", PG.jdbcUrl("[::1]", null, "test", Map.of()));
        InvalidUrlException noMemory = assertThrows(InvalidUrlException.class, () -> PG.memoryUrl("x"));
        assertTrue(noMemory.getMessage().contains("sqlite:///:memory:"), noMemory.getMessage());
    }

    @Test
    void jdbcUrlsFindTheirDialect() {
        assertSame(DERBY, Dialects.forJdbcUrl("jdbc:derby:memory:x;create=true"));
        assertSame(H2, Dialects.forJdbcUrl("jdbc:h2:mem:x"));
        assertSame(SQLITE, Dialects.forJdbcUrl("jdbc:sqlite::memory:"));
        assertSame(PG, Dialects.forJdbcUrl("jdbc:postgresql://localhost/test"));
        assertSame(GenericDialect.INSTANCE, Dialects.forJdbcUrl("jdbc:hsqldb:mem:x"));
        assertSame(PG, Dialects.byName("postgres"));
        assertSame(Dialects.byName("mysql"), Dialects.forJdbcUrl("jdbc:mysql://localhost/test"));
        assertSame(Dialects.byName("mariadb"), Dialects.forJdbcUrl("jdbc:mariadb://localhost/test"));
        assertSame(GenericDialect.INSTANCE, Dialects.forJdbcUrl("jdbc:postgres://localhost/test"), "not a pgJDBC URL");
        assertSame(GenericDialect.INSTANCE, Dialects.forJdbcUrl("jdbc:derby"));
        assertSame(GenericDialect.INSTANCE, Dialects.forJdbcUrl("derby:memory:x"));
    }

    @Test
    void everyKnownDialectIsFoundByItsNameAndItsJdbcUrls() {
        List<Dialect> all = Dialects.all();
        assertEquals(Dialects.names().size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            Dialect d = all.get(i);
            assertEquals(Dialects.names().get(i), d.name());
            assertSame(d, Dialects.byName(d.name()));
            assertSame(d, Dialects.forJdbcUrl("jdbc:" + d.name() + ":x"));
        }
        UnknownDialectException e = assertThrows(UnknownDialectException.class, () -> Dialects.byName("oracle"));
        assertEquals("Unknown dialect 'oracle'; Retort knows [derby, h2, sqlite, postgresql, mysql, mariadb], or pass"
                + " any jdbc: URL", e.getMessage());
    }

    @Test
    void transientMemoryUrls() {
        assertTrue(SQLITE.isTransientMemoryUrl(SQLITE.memoryUrl("x")));
        assertTrue(SQLITE.isTransientMemoryUrl("jdbc:sqlite::memory:"));
        assertFalse(SQLITE.isTransientMemoryUrl("jdbc:sqlite:file.db"));
        assertFalse(H2.isTransientMemoryUrl(H2.memoryUrl("x")), "DB_CLOSE_DELAY=-1 keeps it");
        assertTrue(H2.isTransientMemoryUrl("jdbc:h2:mem:x"));
        assertFalse(H2.isTransientMemoryUrl("jdbc:h2:./file"));
        assertFalse(DERBY.isTransientMemoryUrl(DERBY.memoryUrl("x")), "lives until dropped");
    }

    @Test
    void sqliteMemoryDatabaseIsSharedUntilTheLastConnectionCloses() throws SQLException {
        String url = SQLITE.memoryUrl(Target.unique("mem"));
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url)) {
            a.createStatement().execute("CREATE TABLE t (id INTEGER)");
            assertTrue(hasTable(b, "t"), "a second connection sees the table");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertFalse(hasTable(c, "t"), "gone with the last connection");
        }
    }

    @Test
    void h2AndDerbyMemoryDatabasesLiveUntilDisposed() throws SQLException {
        for (Dialect d : new Dialect[] {H2, DERBY}) {
            String name = Target.unique("mem");
            try (Connection a = DriverManager.getConnection(d.memoryUrl(name))) {
                a.createStatement().execute("CREATE TABLE t (id INTEGER)");
            }
            try (Connection b = DriverManager.getConnection(d.memoryUrl(name))) {
                assertTrue(hasTable(b, d.denormalizeName("t")), d + ": still there after its connection closed");
            }
            d.disposeMemoryDatabase(name);
            try (Connection c = DriverManager.getConnection(d.memoryUrl(name))) {
                assertFalse(hasTable(c, d.denormalizeName("t")), d + ": gone after dispose");
            }
            d.disposeMemoryDatabase(name);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
            return rs.next();
        }
    }

    @Test
    void initializeConnectionTurnsOnSqliteForeignKeys() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            SQLITE.initializeConnection(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void driverCoordinatesNameThePomsVersions() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        assertTrue(DERBY.driverCoordinates().contains("org.apache.derby:derby:" + property(pom, "derby.version")));
        assertEquals("com.h2database:h2:" + property(pom, "h2.version"), H2.driverCoordinates());
        assertEquals("org.xerial:sqlite-jdbc:" + property(pom, "sqlite.version"), SQLITE.driverCoordinates());
        assertEquals("org.postgresql:postgresql:" + property(pom, "postgresql.version"), PG.driverCoordinates());
        assertEquals("org.mariadb.jdbc:mariadb-java-client:" + property(pom, "mariadb.version"),
                Dialects.byName("mysql").driverCoordinates());
        assertEquals(Dialects.byName("mysql").driverCoordinates(), Dialects.byName("mariadb").driverCoordinates());
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(m.find(), name);
        return m.group(1);
    }

    @Test
    void bundledSqliteHasReturning() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            String[] v = rs.getString(1).split("\\.");
            int version = Integer.parseInt(v[0]) * 1000 + Integer.parseInt(v[1]);
            assertTrue(version >= 3035, "RETURNING needs SQLite 3.35, the driver bundles " + rs.getString(1));
            assertTrue(SQLITE.supports(Feature.INSERT_RETURNING));
        }
    }
}
