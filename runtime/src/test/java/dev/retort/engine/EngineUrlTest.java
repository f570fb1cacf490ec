package dev.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.GenericDialect;
import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MariaDbDialect;
import dev.retort.dialect.mysql.MySqlDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.exc.InvalidUrlException;
import dev.retort.exc.UnknownDialectException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineUrlTest {

    @Test
    void derbyMemory() {
        EngineUrl u = EngineUrl.parse("derby:///:memory:");
        assertSame(DerbyDialect.INSTANCE, u.dialect());
        assertTrue(u.isMemory());
        assertNull(u.host());
        assertEquals(":memory:", u.database());
        assertEquals("jdbc:derby:memory:m1;create=true", u.toJdbcUrl("m1"));
        assertEquals("derby:///:memory:", u.toString());
    }

    @Test
    void derbyRelativeAndAbsolutePaths() {
        EngineUrl rel = EngineUrl.parse("derby:///example");
        assertEquals("example", rel.database());
        assertFalse(rel.isMemory());
        assertEquals("jdbc:derby:example;create=true", rel.toJdbcUrl(null));
        EngineUrl abs = EngineUrl.parse("derby:////abs/path");
        assertEquals("/abs/path", abs.database());
        assertEquals("jdbc:derby:/abs/path;create=true", abs.toJdbcUrl(null));
    }

    @Test
    void otherEmbeddedForms() {
        EngineUrl h2 = EngineUrl.parse("h2:///:memory:");
        assertSame(H2Dialect.INSTANCE, h2.dialect());
        assertTrue(h2.isMemory());
        EngineUrl lite = EngineUrl.parse("sqlite:///:memory:");
        assertSame(SqliteDialect.INSTANCE, lite.dialect());
        assertTrue(lite.isMemory());
        EngineUrl file = EngineUrl.parse("sqlite:///file.db");
        assertEquals("file.db", file.database());
        assertNull(file.host());
    }

    @Test
    void postgresWithCredentials() {
        EngineUrl u = EngineUrl.parse("postgresql://scott:tiger@localhost/test");
        assertSame(PostgresDialect.INSTANCE, u.dialect());
        assertEquals("scott", u.username());
        assertEquals("tiger", u.password());
        assertEquals("localhost", u.host());
        assertNull(u.port());
        assertEquals("test", u.database());
        assertEquals(Map.of(), u.query());
        assertEquals("postgresql://scott:***@localhost/test", u.toString());
    }

    @Test
    void portAndQuery() {
        EngineUrl u = EngineUrl.parse("postgresql://u:p@host:5432/db?sslmode=disable&application_name=a%20b");
        assertEquals(5432, u.port());
        assertEquals("host", u.host());
        assertEquals("db", u.database());
        assertEquals(Map.of("sslmode", "disable", "application_name", "a b"), u.query());
        assertEquals("postgresql://u:***@host:5432/db?sslmode=disable&application_name=a%20b", u.toString());
    }

    @Test
    void ipv6Host() {
        EngineUrl u = EngineUrl.parse("postgresql://u@[::1]:5433/db");
        assertEquals("[::1]", u.host());
        assertEquals(5433, u.port());
        assertEquals("u", u.username());
        assertNull(u.password());
    }

    @Test
    void percentDecodingOfUserAndPassword() {
        EngineUrl u = EngineUrl.parse("postgresql://sc%40tt:p%40ss%3Aw%2Fd%C3%A9@localhost/test");
        assertEquals("sc@tt", u.username());
        assertEquals("p@ss:w/dé", u.password());
        assertEquals("postgresql://sc%40tt:***@localhost/test", u.toString());
        // an unencoded '/' in the password is kept too
        assertEquals("a/b", EngineUrl.parse("postgresql://u:a/b@h/db").password());
    }

    @Test
    void passwordOptionInQueryIsMasked() {
        EngineUrl u = EngineUrl.parse("postgresql://h/db?user=u&password=secret&ssl=true");
        assertEquals("secret", u.query().get("password"));
        assertEquals("postgresql://h/db?user=u&password=***&ssl=true", u.toString());
        assertEquals("derby:///db;user=a;password=***", EngineUrl.parse("derby:///db;user=a;password=pw").toString());
    }

    @Test
    void dialectPlusDriver() {
        assertSame(PostgresDialect.INSTANCE, EngineUrl.parse("postgresql+jdbc://u:p@h/db").dialect());
        assertSame(PostgresDialect.INSTANCE, EngineUrl.parse("postgresql+pgjdbc://u:p@h/db").dialect());
        assertSame(DerbyDialect.INSTANCE, EngineUrl.parse("derby+derby:///:memory:").dialect());
        assertEquals("jdbc", EngineUrl.parse("sqlite+jdbc:///x.db").driver());
        assertSame(PostgresDialect.INSTANCE, EngineUrl.parse("postgres://h/db").dialect());
    }

    @Test
    void foreignDriverIsRejected() {
        InvalidUrlException e = assertThrows(InvalidUrlException.class,
                () -> EngineUrl.parse("postgresql+psycopg2://scott:tiger@localhost/test"));
        assertEquals("The database URL 'postgresql+psycopg2://scott:***@localhost/test' names the driver 'psycopg2', "
                + "which Retort cannot use: Retort reaches postgresql through its JDBC driver ("
                + PostgresDialect.INSTANCE.driverCoordinates() + "); write postgresql://... or postgresql+jdbc://...",
                e.getMessage());
    }

    @Test
    void rawJdbcUrls() {
        EngineUrl u = EngineUrl.parse("jdbc:derby:memory:x;create=true");
        assertTrue(u.isJdbc());
        assertSame(DerbyDialect.INSTANCE, u.dialect());
        assertEquals("jdbc:derby:memory:x;create=true", u.toJdbcUrl(null));
        assertFalse(u.isMemory());
        assertSame(GenericDialect.INSTANCE, EngineUrl.parse("jdbc:nosuchdb://x").dialect());
        assertSame(H2Dialect.INSTANCE, EngineUrl.parse("jdbc:h2:mem:a").dialect());
    }

    @Test
    void jdbcPasswordsAreMasked() {
        assertEquals("jdbc:derby:db;user=a;password=***;create=true",
                EngineUrl.parse("jdbc:derby:db;user=a;password=s3cret;create=true").toString());
        assertEquals("jdbc:postgresql://h/db?user=a&password=***&ssl=true",
                EngineUrl.mask("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"));
        assertEquals("jdbc:h2:mem:x;USER=sa;PASSWORD=***", EngineUrl.mask("jdbc:h2:mem:x;USER=sa;PASSWORD=pw"));
        assertEquals("jdbc:mysql://root:***@h/db", EngineUrl.mask("jdbc:mysql://root:pw@h/db"));
        assertEquals("jdbc:x://h/db?sslpassword=***", EngineUrl.mask("jdbc:x://h/db?sslpassword=pw"));
        assertEquals("jdbc:derby://host:1527/db", EngineUrl.mask("jdbc:derby://host:1527/db"));
    }

    @Test
    void equalsByParts() {
        assertEquals(EngineUrl.parse("postgresql://u:p@h/db"), EngineUrl.parse("postgresql://u:p@h/db"));
        assertEquals(EngineUrl.parse("postgresql://u:p@h/db").hashCode(), EngineUrl.parse("postgresql://u:p@h/db").hashCode());
        assertFalse(EngineUrl.parse("postgresql://u:p@h/db").equals(EngineUrl.parse("postgresql://u:q@h/db")));
    }

    // ------------------------------------------------------------------ errors

    private static String error(String url) {
        return assertThrows(InvalidUrlException.class, () -> EngineUrl.parse(url)).getMessage();
    }

    @Test
    void emptyUrl() {
        assertEquals("The database URL is empty; " + EngineUrl.EXPECTED, error(""));
        assertEquals("The database URL is empty; " + EngineUrl.EXPECTED, error(null));
    }

    @Test
    void noScheme() {
        assertEquals("Cannot use the database URL 'users.db': it has no dialect:// prefix; " + EngineUrl.EXPECTED,
                error("users.db"));
    }

    @Test
    void badPort() {
        assertEquals("Cannot use the database URL 'postgresql://u:***@h:54x/db': the port is not a number from 0 "
                + "to 65535; " + EngineUrl.EXPECTED, error("postgresql://u:pw@h:54x/db"));
        assertTrue(error("postgresql://h:70000/db").contains("port '70000'"));
    }

    @Test
    void noDatabase() {
        assertEquals("Cannot use the database URL 'derby://': it names no database: write derby:///:memory: for an "
                + "in-memory database or derby:///path for a file; " + EngineUrl.EXPECTED, error("derby://"));
    }

    @Test
    void memoryWithHostOrOptions() {
        assertEquals("Cannot use the database URL 'derby://localhost/:memory:': an in-memory database takes no host "
                + "and no options: write derby:///:memory:; " + EngineUrl.EXPECTED, error("derby://localhost/:memory:"));
        assertTrue(error("sqlite:///:memory:?cache=shared").contains("takes no host and no options"));
    }

    @Test
    void badPercentEncoding() {
        assertEquals("Cannot use the database URL 'postgresql://u:***@h/db': '%' must be followed by two hex digits "
                + "(write %25 for a literal %); " + EngineUrl.EXPECTED, error("postgresql://u:100%@h/db"));
    }

    @Test
    void bareJdbcPrefix() {
        assertEquals("The database URL 'jdbc:' names no driver; " + EngineUrl.EXPECTED, error("jdbc:"));
    }

    @Test
    void optionWithoutName() {
        assertTrue(error("postgresql://h/db?=x").contains("an option has no name"));
    }

    @Test
    void unknownDialectListsKnownOnesAndMasksTheUrl() {
        UnknownDialectException e = assertThrows(UnknownDialectException.class,
                () -> EngineUrl.parse("oracle://root:hunter2@localhost/shop"));
        assertEquals("Unknown dialect 'oracle'; Retort knows [derby, h2, sqlite, postgresql, mysql, mariadb], or pass "
                + "any jdbc: URL (in database URL 'oracle://root:***@localhost/shop')", e.getMessage());
    }

    @Test
    void mysqlAndMariaDbUrls() {
        EngineUrl u = EngineUrl.parse("mysql://scott:tiger@hostname/test?encoding=utf8mb4");
        assertSame(MySqlDialect.INSTANCE, u.dialect());
        assertEquals("scott", u.username());
        assertEquals("tiger", u.password());
        assertEquals("mysql://scott:***@hostname/test?encoding=utf8mb4", u.toString());
        assertEquals("jdbc:mariadb://hostname/test?connectionCollation=utf8mb4_bin&useCatalogTerm=Schema",
                u.toJdbcUrl(null));
        EngineUrl m = EngineUrl.parse("mariadb://u:p@db:3307/shop?sslMode=trust");
        assertSame(MariaDbDialect.INSTANCE, m.dialect());
        assertEquals("jdbc:mariadb://db:3307/shop?sslMode=trust&useCatalogTerm=Schema", m.toJdbcUrl(null));
        assertSame(MySqlDialect.INSTANCE, EngineUrl.parse("mysql+mariadbconnector://u:p@h/db").dialect());
        assertSame(MariaDbDialect.INSTANCE, EngineUrl.parse("mariadb+jdbc://u:p@h/db").dialect());
        assertSame(MySqlDialect.INSTANCE, EngineUrl.parse("jdbc:mysql://h/db").dialect());
        assertSame(MariaDbDialect.INSTANCE, EngineUrl.parse("jdbc:mariadb://h/db").dialect());
        InvalidUrlException e = assertThrows(InvalidUrlException.class,
                () -> EngineUrl.parse("mysql+pymysql://scott:tiger@localhost/test"));
        assertTrue(e.getMessage().contains(MySqlDialect.INSTANCE.driverCoordinates()), e.getMessage());
        assertFalse(e.getMessage().contains("tiger"));
    }

    @Test
    void malformedUrlsAreMaskedBeforeAnyParsing() {
        assertEquals("Cannot use the database URL 'postgresql:/scott:***@localhost/test': it has no dialect:// prefix; "
                + EngineUrl.EXPECTED, error("postgresql:/scott:PW@localhost/test"));
        assertEquals("Cannot use the database URL 'postgresql//scott:***@localhost/test': it has no dialect:// "
                + "prefix; " + EngineUrl.EXPECTED, error("postgresql//scott:PW@localhost/test"));
        assertEquals("Cannot use the database URL 'scott:***@localhost/test': it has no dialect:// prefix; "
                + EngineUrl.EXPECTED, error("scott:PW@localhost/test"));
        assertEquals("Cannot use the database URL 'postgresql:***@localhost/test': it has no dialect:// prefix; "
                + EngineUrl.EXPECTED, error("postgresql:scott:PW@localhost/test"));
    }

    @Test
    void anUnescapedAtInTheUserNameStaysInTheUserName() {
        EngineUrl u = EngineUrl.parse("postgresql://sc@tt:PW@localhost/test");
        assertEquals("sc@tt", u.username());
        assertEquals("PW", u.password());
        assertEquals("localhost", u.host());
        assertEquals("postgresql://sc@tt:***@localhost/test", u.toString());
        assertEquals("p@ss", EngineUrl.parse("postgresql://u:p@ss@h/db?x=a%40b").password());
        assertEquals("a?b", EngineUrl.parse("postgresql://u:a?b@h/db").password());
        assertEquals("derby:///dir@x/db", EngineUrl.parse("derby:///dir@x/db").toString());
    }

    @Test
    void anAmbiguousPasswordIsRefusedMasked() {
        String m = error("postgresql://u:p@a/b@host/db");
        assertEquals("Cannot use the database URL 'postgresql://u:***@host/db': it is ambiguous where its password "
                + "ends: percent-escape '@', '/', '?' and ':' in the user name, the password and the options (%40, %2F, %3F, %3A); "
                + EngineUrl.EXPECTED, m);
        assertFalse(error("postgresql://u:SECRET@h:5x/db").contains("SECRET"));
        assertTrue(error("postgresql://u:pw@h/db?x=a@b").contains("'postgresql://u:***@b'"));
        assertFalse(error("postgresql://u:SE%zzCRET@h/db").contains("SE"));
    }
}
