package dev.retort.dialect;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.createTable;
import static dev.retort.sql.Expressions.foreignKeyConstraint;
import static dev.retort.sql.Expressions.index;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.uniqueConstraint;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.enumType;
import static dev.retort.sql.SqlTypes.numeric;
import static dev.retort.sql.SqlTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.mysql.MariaDbDialect;
import dev.retort.dialect.mysql.MySqlDialect;
import dev.retort.exc.CompileException;
import dev.retort.exc.DataErrorException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.InvalidUrlException;
import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.ProgrammingErrorException;
import dev.retort.sql.CreateIndex;
import dev.retort.sql.DropIndex;
import dev.retort.sql.MetaData;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.Table;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the MySQL and MariaDB dialects decide without a server: URLs, quoting, names, literals and
 * error families. The behaviour, round-trip and reflection suites check the rest on a real
 * MariaDB server.
 */
class MySqlDialectTest {
    private static final Dialect MYSQL = MySqlDialect.INSTANCE;
    private static final Dialect MARIADB = MariaDbDialect.INSTANCE;

    @Test
    void namesAndJdbcUrlsFindTheDialects() {
        assertSame(MYSQL, Dialects.byName("mysql"));
        assertSame(MARIADB, Dialects.byName("mariadb"));
        assertSame(MYSQL, Dialects.forJdbcUrl("jdbc:mysql://localhost/test"));
        assertSame(MARIADB, Dialects.forJdbcUrl("jdbc:mariadb://localhost/test"));
        assertTrue(MARIADB.supports(Feature.INSERT_RETURNING));
        assertFalse(MYSQL.supports(Feature.INSERT_RETURNING));
        assertFalse(MARIADB.supports(Feature.UPDATE_RETURNING));
        assertTrue(MYSQL.supports(Feature.BATCH_GENERATED_KEYS));
        assertFalse(MYSQL.supports(Feature.TRANSACTIONAL_DDL));
    }

    @Test
    void serverUrlsGoThroughMariaDbConnectorJ() {
        assertEquals("jdbc:mariadb://localhost/test?useCatalogTerm=Schema",
                MYSQL.jdbcUrl(null, null, "test", Map.of()));
        Map<String, String> q = new LinkedHashMap<>();
        q.put("sslMode", "verify-full");
        q.put("connectTimeout", "5000");
        assertEquals("jdbc:mariadb://db.example.com:3307/shop?sslMode=verify-full&connectTimeout=5000"
                + "&useCatalogTerm=Schema", MARIADB.jdbcUrl("db.example.com", 3307, "shop", q));
        assertEquals("jdbc:mariadb://h/?useCatalogTerm=Catalog", MYSQL.jdbcUrl("h", null, null,
                Map.of("useCatalogTerm", "Catalog")));
        InvalidUrlException noMemory = assertThrows(InvalidUrlException.class, () -> MYSQL.memoryUrl("x"));
        assertTrue(noMemory.getMessage().contains("mysql has no in-memory databases"), noMemory.getMessage());
    }

    @Test
    void encodingIsTheConnectionCharacterSet() {
        assertEquals("jdbc:mariadb://h/db?connectionCollation=utf8mb4_bin&useCatalogTerm=Schema",
                MYSQL.jdbcUrl("h", null, "db", Map.of("encoding", "utf8mb4")));
        assertEquals("jdbc:mariadb://h/db?connectionCollation=utf8mb4_bin&useCatalogTerm=Schema",
                MYSQL.jdbcUrl("h", null, "db", Map.of("charset", "UTF-8")));
        InvalidUrlException latin1 = assertThrows(InvalidUrlException.class,
                () -> MYSQL.jdbcUrl("h", null, "db", Map.of("encoding", "latin1")));
        assertEquals("The connection character set 'latin1' is not available: MariaDB Connector/J always exchanges "
                + "text with the server in utf8mb4, and the server converts it to each column's character set. "
                + "Leave out encoding= (utf8mb4 is the default) and declare CHARACTER SET latin1 on the columns "
                + "or tables that should store it", latin1.getMessage());
        Map<String, String> both = new LinkedHashMap<>();
        both.put("encoding", "utf8mb4");
        both.put("charset", "latin1");
        assertThrows(InvalidUrlException.class, () -> MYSQL.jdbcUrl("h", null, "db", both));
    }

    @Test
    void textTheDriverCannotTakeIsRefusedNotMangled() {
        InvalidUrlException e = assertThrows(InvalidUrlException.class,
                () -> MYSQL.jdbcUrl("h", null, "db", Map.of("sessionVariables", "a=1&password=x")));
        assertTrue(e.getMessage().contains("contains '&'"), e.getMessage());
        assertThrows(InvalidUrlException.class, () -> MYSQL.jdbcUrl("h", null, "a/b", Map.of()));
    }

    @Test
    void driverCoordinatesFollowTheUrl() {
        assertEquals("org.mariadb.jdbc:mariadb-java-client:3.5.11", MYSQL.driverCoordinates());
        assertEquals(MYSQL.driverCoordinates(), MYSQL.driverCoordinates("jdbc:mariadb://h/db"));
        assertTrue(MYSQL.driverCoordinates("jdbc:mysql://h/db").startsWith("com.mysql:mysql-connector-j:"));
    }

    @Test
    void backticksQuoteWhatMustBeQuoted() {
        assertEquals("users", MYSQL.preparer().quote("users"));
        assertEquals("`order`", MYSQL.preparer().quote("order"));
        assertEquals("`key`", MYSQL.preparer().quote("key"));
        assertEquals("`rank`", MYSQL.preparer().quote("rank"));
        assertEquals("`Users`", MYSQL.preparer().quote("Users"));
        assertEquals("`a``b`", MYSQL.preparer().quote("a`b"));
        assertEquals("`a\"b`", MYSQL.preparer().quote("a\"b"));
        assertEquals("user", MYSQL.preparer().quote("user"), "user is not reserved in MySQL");
    }

    @Test
    void longConstraintAndIndexNamesAreShortenedDeterministically() {
        String longName = "fk_" + "a_very_long_table_name_".repeat(4) + "owner_id";
        MetaData md = new MetaData();
        md.table("owner", column("id", INTEGER).primaryKey());
        Table t = md.table("item", column("id", INTEGER).primaryKey(), column("owner_id", INTEGER),
                new dev.retort.sql.ForeignKeyConstraint(longName, List.of("owner_id"), List.of("owner.id"), null, null),
                index("ix_" + "x".repeat(70), "owner_id"));
        String ddl = MYSQL.ddlCompiler().compile(createTable(t)).sql();
        String shortName = MYSQL.preparer().truncate(longName);
        assertTrue(shortName.startsWith(longName.substring(0, 50)), shortName);
        assertEquals(64, shortName.length());
        assertTrue(ddl.contains("CONSTRAINT " + shortName + " FOREIGN KEY(owner_id)"), ddl);
        String create = MYSQL.ddlCompiler().compile(new CreateIndex(t.indexes().get(0))).sql();
        String drop = MYSQL.ddlCompiler().compile(new DropIndex(t.indexes().get(0))).sql();
        String ix = create.substring("CREATE INDEX ".length(), create.indexOf(" ON "));
        assertEquals(64, ix.length());
        assertEquals("DROP INDEX " + ix + " ON item", drop);
        assertEquals(create, MYSQL.ddlCompiler().compile(new CreateIndex(t.indexes().get(0))).sql());
    }

    @Test
    void whatInnoDbOrMySqlCannotDoIsACompileError() {
        MetaData md = new MetaData();
        md.table("owner", column("id", INTEGER).primaryKey());
        Table t = md.table("item", column("id", INTEGER).primaryKey(), column("owner_id", INTEGER),
                foreignKeyConstraint(List.of("owner_id"), List.of("owner.id"), ReferentialAction.SET_DEFAULT));
        CompileException e = assertThrows(CompileException.class, () -> MYSQL.ddlCompiler().compile(createTable(t)));
        assertTrue(e.getMessage().contains("SET DEFAULT"), e.getMessage());
        Table wide = new MetaData().table("wide", column("n", numeric(70, 2)));
        assertThrows(CompileException.class, () -> MYSQL.ddlCompiler().compile(createTable(wide)));
    }

    @Test
    void backslashesInLiteralsAreEscaped() {
        Table t = new MetaData().table("t", column("k", enumType("a\\", "it's")), column("s", string(10)),
                uniqueConstraint("s"));
        String ddl = MYSQL.ddlCompiler().compile(createTable(t)).sql();
        assertTrue(ddl.contains("CHECK (k IN ('a\\\\', 'it''s'))"), ddl);
        String like = MYSQL.sqlCompiler().compile(select(t.c("s")).where(t.c("s").like("x\\_%", '\\'))).sql();
        assertTrue(like.endsWith("LIKE ? ESCAPE '\\\\'"), like);
    }

    private static Class<?> family(String state, int code) {
        return MYSQL.wrap(new SQLException("x", state, code), "SQL", List.of(), null).getClass();
    }

    @Test
    void errorsFallIntoTheirFamilies() {
        assertEquals(IntegrityErrorException.class, family("23000", 1062), "duplicate key");
        assertEquals(IntegrityErrorException.class, family("23000", 1452), "no parent row");
        assertEquals(IntegrityErrorException.class, family("23000", 1048), "NOT NULL");
        assertEquals(IntegrityErrorException.class, family("HY000", 1364), "NOT NULL column without a value");
        assertEquals(IntegrityErrorException.class, family("HY000", 3819), "MySQL CHECK");
        assertEquals(IntegrityErrorException.class, family("23000", 4025), "MariaDB CHECK");
        assertEquals(DataErrorException.class, family("22001", 1406), "too long");
        assertEquals(DataErrorException.class, family("HY000", 1366), "incorrect value");
        assertEquals(DataErrorException.class, family("22003", 1264), "out of range");
        assertEquals(ProgrammingErrorException.class, family("42S02", 1146), "no such table");
        assertEquals(ProgrammingErrorException.class, family("42000", 1064), "syntax");
        assertEquals(OperationalErrorException.class, family("HY000", 1205), "lock wait timeout");
        assertEquals(OperationalErrorException.class, family("40001", 1213), "deadlock");
        assertEquals(OperationalErrorException.class, family("HY000", 1020), "record changed (snapshot isolation)");
        assertEquals(OperationalErrorException.class, family("28000", 1045), "access denied");
        assertEquals(OperationalErrorException.class, family("08000", 0), "connection");
    }
}
