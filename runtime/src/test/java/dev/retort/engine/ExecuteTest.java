package dev.retort.engine;

import static dev.retort.sql.Expressions.bindParam;
import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.primaryKeyConstraint;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.BindParameterException;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.ProgrammingErrorException;
import dev.retort.exc.TypeMismatchException;
import dev.retort.sql.MetaData;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Executing statements: parameters, executemany, generated keys, errors, DDL. */
class ExecuteTest {
    private static Engine engine;
    private static Fixtures f;
    private Connection conn;

    @BeforeAll
    static void start() {
        engine = Engine.create(Fixtures.MEMORY);
        f = Fixtures.schema();
        f.metadata.createAll(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @BeforeEach
    void connect() {
        conn = engine.connect();
    }

    @AfterEach
    void rollback() {
        conn.close(); // rolls back: every test starts from empty tables
    }

    private List<Object> names() {
        return conn.execute(select(f.users.c("name")).orderBy(f.users.c("name"))).scalars();
    }

    @Test
    void executemany() {
        Result r = conn.execute(f.users.insert(), List.of(
                Map.of("name", "a", "fullname", "A"),
                Map.of("name", "b", "fullname", "B"),
                Map.of("name", "c", "fullname", "C")));
        assertEquals(3, r.rowCount());
        assertEquals(List.of("a", "b", "c"), names());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, r::insertedPrimaryKey);
        assertEquals("insertedPrimaryKey() is only available after a single-row INSERT executed with one parameter "
                + "set; it was an executemany of 3 parameter sets", e.getMessage());
        Result updated = conn.execute(f.users.update().where(f.users.c("name").eq(bindParam("old", SqlTypes.STRING))),
                List.of(Map.of("old", "a", "fullname", "AA"), Map.of("old", "b", "fullname", "BB")));
        assertEquals(2, updated.rowCount());
        assertEquals(List.of("AA", "BB", "C"), conn.execute(select(f.users.c("fullname")).orderBy(f.users.c("name")))
                .scalars());
    }

    @Test
    void executemanyNeedsTheSameKeysInEverySet() {
        BindParameterException e = assertThrows(BindParameterException.class, () -> conn.execute(f.users.insert(),
                List.of(Map.of("name", "a"), Map.of("name", "b", "fullname", "B"))));
        assertTrue(e.getMessage().startsWith("Parameter set 2 of 2 has the keys "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" but the first set has [name]; every parameter set of an executemany "
                + "must have the same keys"), e.getMessage());
        InvalidRequestException rows = assertThrows(InvalidRequestException.class,
                () -> conn.execute(select(f.users), List.of(Map.of(), Map.of())));
        assertEquals("A statement that returns rows cannot be executed with several parameter sets; execute it once "
                + "per set", rows.getMessage());
    }

    @Test
    void oneOrNoParameterSets() {
        conn.execute(f.users.insert(), List.of(Map.of("name", "solo")));
        assertEquals(List.of("solo"), names());
        assertEquals(2, conn.execute(select(f.users), List.of()).fetchAll().size() + 1);
    }

    @Test
    void insertedPrimaryKey() {
        List<Object> first = conn.execute(f.users.insert().values(Map.of("name", "jack"))).insertedPrimaryKey();
        List<Object> second = conn.execute(f.users.insert(), Map.of("name", "wendy")).insertedPrimaryKey();
        assertEquals(1, first.size());
        assertInstanceOf(Integer.class, first.get(0));
        assertEquals((Integer) first.get(0) + 1, second.get(0));
        assertEquals("wendy", conn.execute(select(f.users.c("name")).where(f.users.c("id").eq((Integer) second.get(0))))
                .scalarOne());
        assertEquals(List.of(5000), conn.execute(f.users.insert(), Map.of("id", 5000, "name", "x")).insertedPrimaryKey());
        List<Object> defaults = conn.execute(f.users.insert()).insertedPrimaryKey(); // INSERT ... VALUES (DEFAULT)
        assertEquals((Integer) second.get(0) + 1, defaults.get(0));
    }

    @Test
    void insertedPrimaryKeyOfACompositeKey() {
        MetaData md = new MetaData();
        Table pairs = md.table("pairs", column("a", INTEGER), column("b", string(5)), column("note", string(10)),
                primaryKeyConstraint("a", "b"));
        try (Connection ddl = engine.connect()) {
            ddl.createTables(List.of(pairs), false);
            assertEquals(Arrays.asList(7, "x"),
                    ddl.execute(pairs.insert(), Map.of("b", "x", "a", 7, "note", "n")).insertedPrimaryKey());
            ddl.rollback();
            assertFalse(SchemaOps.exists(ddl, pairs), "DDL rolls back with its transaction on Derby");
        }
    }

    @Test
    void insertedPrimaryKeyIsOnlyForInserts() {
        conn.execute(f.users.insert(), Map.of("name", "jack"));
        Result update = conn.execute(f.users.update().values(Map.of("fullname", "J")));
        assertEquals(1, update.rowCount());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, update::insertedPrimaryKey);
        assertEquals("insertedPrimaryKey() is only available after a single-row INSERT executed with one parameter "
                + "set; the statement was not an INSERT ... VALUES", e.getMessage());
        assertThrows(InvalidRequestException.class, () -> conn.execute(select(f.users)).insertedPrimaryKey());
        assertEquals(1, conn.execute(f.users.delete().where(f.users.c("name").like("j%"))).rowCount());
    }

    @Test
    void updateWithNamedWhereParameter() {
        Object id = conn.execute(f.users.insert(), Map.of("name", "jack", "fullname", "Jack")).insertedPrimaryKey().get(0);
        conn.execute(f.users.update().where(f.users.c("id").eq(bindParam("uid", INTEGER))),
                Map.of("uid", id, "name", "ed"));
        Row row = conn.execute(select(f.users)).one();
        assertEquals("ed", row.get("name"));
        assertEquals("Jack", row.get("fullname"), "only the given column is set");
    }

    @Test
    void textWithParameters() {
        conn.execute(f.users.insert(), Map.of("name", "jack"));
        Result dml = conn.execute(text("update users set fullname = :full where name = :name"),
                Map.of("full", "Jack Jones", "name", "jack"));
        assertFalse(dml.returnsRows());
        assertEquals(1, dml.rowCount());
        assertEquals("Jack Jones", conn.execute(text("select fullname from users where name = :n"), Map.of("n", "jack"))
                .scalarOne());
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("full", null);
        nullValue.put("name", "jack");
        conn.execute(text("update users set fullname = :full where name = :name"), nullValue);
        assertEquals(null, conn.execute(text("select fullname from users")).scalarOne());
    }

    @Test
    void textMissingAndUnknownParameters() {
        BindParameterException missing = assertThrows(BindParameterException.class,
                () -> conn.execute(text("select id, name from users where id = :id")));
        assertEquals("A value is required for bind parameter 'id'; pass it in the parameters map\n"
                + "[SQL: select id, name from users where id = ?]", missing.getMessage());
        BindParameterException unknown = assertThrows(BindParameterException.class,
                () -> conn.execute(text("select id from users where id = :id"), Map.of("id", 1, "bogus", 2)));
        assertEquals("Parameter(s) [bogus] are not used by this statement; its parameters are [id]\n"
                + "[SQL: select id from users where id = ?]", unknown.getMessage());
    }

    @Test
    void wrongValueTypeForAColumn() {
        TypeMismatchException e = assertThrows(TypeMismatchException.class,
                () -> conn.execute(f.users.insert(), Map.of("id", "seven", "name", "x")));
        assertEquals("Value 'seven' (String) is not valid for parameter 'id' of type INTEGER, which takes Integer: "
                + "pass a Integer value", e.getMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void integrityErrorCarriesStatementParametersAndCause() {
        conn.execute(f.users.insert(), Map.of("id", 1000, "name", "dup"));
        IntegrityErrorException e = assertThrows(IntegrityErrorException.class,
                () -> conn.execute(f.users.insert(), Map.of("id", 1000, "name", "dup")));
        assertEquals("INSERT INTO users (id, name) VALUES (?, ?)", e.statement());
        assertEquals(List.of(1000, "dup"), e.parameters());
        assertEquals("23505", e.sqlState());
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("23505", cause.getSQLState());
        assertTrue(e.getMessage().startsWith("(SQLState 23505, code 20000) The statement was aborted because it would "
                + "have caused a duplicate key value"), e.getMessage());
        assertTrue(e.getMessage().contains("identified by 'PK_USERS' defined on 'USERS'"), e.getMessage());
        assertEquals("pk_users", e.constraintName());
        assertTrue(e.getMessage().endsWith("\n[SQL: INSERT INTO users (id, name) VALUES (?, ?)]\n[parameters: (1000, "
                + "'dup')]\nThe constraint pk_users is PRIMARY KEY (id) on table users.\n" + IntegrityErrorException.HINT),
                e.getMessage());
    }

    @Test
    void integrityErrorInAnExecutemany() {
        IntegrityErrorException e = assertThrows(IntegrityErrorException.class, () -> conn.execute(f.users.insert(),
                List.of(Map.of("id", 2000, "name", "a"), Map.of("id", 2000, "name", "b"))));
        assertTrue(e.getMessage().contains("\n[parameters: [(2000, 'a'), (2000, 'b')]]\n"), e.getMessage());
        assertEquals(List.of(List.of(2000, "a"), List.of(2000, "b")), e.parameters());
    }

    @Test
    void programmingErrorForAnUnknownTable() {
        ProgrammingErrorException e = assertThrows(ProgrammingErrorException.class,
                () -> conn.execute(text("SELECT * FROM nosuch WHERE x = :x"), Map.of("x", 1)));
        assertEquals("(SQLState 42X05, code 20000) Table/View 'NOSUCH' does not exist.\n[SQL: SELECT * FROM nosuch "
                + "WHERE x = ?]\n[parameters: (1,)]\n" + ProgrammingErrorException.HINT, e.getMessage());
        assertEquals("42X05", assertInstanceOf(SQLException.class, e.getCause()).getSQLState());
    }

    @Test
    void convertedTypesRoundTrip() {
        MetaData md = new MetaData();
        Table mail = md.table("mail", column("id", INTEGER).primaryKey(),
                column("address", SqlTypes.converted(Email.class, string(50), Email::value, Email::new)));
        try (Connection ddl = engine.connect()) {
            ddl.createTables(List.of(mail), false);
            ddl.execute(mail.insert(), Map.of("address", new Email("a@b.c")));
            Email back = ddl.execute(select(mail.c("address"))).one().get(mail.c("address"));
            assertEquals(new Email("a@b.c"), back);
            assertEquals("a@b.c", ddl.execute(text("select address from mail")).scalar());
            ddl.rollback();
        }
    }

    record Email(String value) {}

    @Test
    void createAndDropTablesWithCheckFirst() throws SQLException {
        MetaData md = new MetaData();
        Table events = md.table("events", column("id", INTEGER).primaryKey(), column("kind", string(10)).index());
        md.createAll(engine);
        md.createAll(engine); // checkFirst by default: nothing happens
        DatabaseException again = assertThrows(DatabaseException.class, () -> md.createAll(engine, false));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
        try (Connection c = engine.connect(); ResultSet ix = c.jdbc().getMetaData().getIndexInfo(null, "APP", "EVENTS",
                false, false)) {
            List<String> indexes = new ArrayList<>();
            while (ix.next()) {
                indexes.add(ix.getString("INDEX_NAME"));
            }
            assertTrue(indexes.contains("IX_EVENTS_KIND"), indexes.toString());
            assertTrue(SchemaOps.exists(c, events));
        }
        md.dropAll(engine);
        md.dropAll(engine); // checkFirst: nothing to drop
        assertThrows(DatabaseException.class, () -> events.drop(engine));
        try (Connection c = engine.connect()) {
            assertFalse(SchemaOps.exists(c, events));
        }
    }

    @Test
    void existenceCheckIsExactAboutWildcards() {
        MetaData md = new MetaData();
        Table underscored = md.table("a_b", column("id", INTEGER).primaryKey());
        Table lookalike = new MetaData().table("axb", column("id", INTEGER).primaryKey());
        try (Connection c = engine.connect()) {
            c.createTables(List.of(lookalike), false);
            assertFalse(SchemaOps.exists(c, underscored));
            c.createTables(List.of(underscored), true);
            assertTrue(SchemaOps.exists(c, underscored));
            c.rollback();
        }
    }
}
