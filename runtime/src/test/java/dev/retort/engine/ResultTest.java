package dev.retort.engine;

import static dev.retort.sql.Expressions.count;
import static dev.retort.sql.Expressions.or;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.exc.NoSuchColumnException;
import dev.retort.exc.ResourceClosedException;
import dev.retort.sql.Alias;
import dev.retort.sql.Label;
import dev.retort.sql.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Result and Row over the seed's users and addresses (read only). */
class ResultTest {
    private static Engine engine;
    private static Fixtures f;
    private Connection conn;

    @BeforeAll
    static void start() {
        engine = Engine.create(Fixtures.MEMORY);
        f = Fixtures.schema().populate(engine);
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
    void close() {
        conn.close();
    }

    private Select usersById() {
        return select(f.users).orderBy(f.users.c("id"));
    }

    @Test
    void fetchOneUntilTheEnd() {
        Result result = conn.execute(usersById());
        assertTrue(result.returnsRows());
        assertEquals(-1, result.rowCount());
        assertEquals(List.of("id", "name", "fullname"), result.keys());
        Row row = result.fetchOne();
        assertEquals("(1, 'jack', 'Jack Jones')", row.toString());
        assertFalse(result.isClosed());
        assertEquals("wendy", result.fetchOne().get("name"));
        assertNull(result.fetchOne());
        assertTrue(result.isClosed(), "running out of rows closes the result");
        assertNull(result.fetchOne());
        assertEquals(List.of(), result.fetchAll());
    }

    @Test
    void fetchManyAndFetchAll() {
        Result result = conn.execute(select(f.addresses).orderBy(f.addresses.c("id")));
        List<Row> three = result.fetchMany(3);
        assertEquals(List.of(1, 2, 3), three.stream().map(r -> r.get(0)).collect(Collectors.toList()));
        assertEquals(1, result.fetchMany(3).size());
        assertEquals(List.of(), result.fetchMany(3));
        assertEquals(4, conn.execute(select(f.addresses)).fetchAll().size());
    }

    @Test
    void iterationAndStream() {
        List<Object> names = new ArrayList<>();
        for (Row r : conn.execute(usersById())) {
            names.add(r.get("name"));
        }
        assertEquals(List.of("jack", "wendy"), names);
        Result result = conn.execute(usersById());
        try (Stream<Row> rows = result.stream()) {
            assertEquals(List.of("Jack Jones"), rows.limit(1).map(r -> r.get(f.users.c("fullname"))).collect(Collectors.toList()));
        }
        assertTrue(result.isClosed(), "closing the stream closes the result");
    }

    @Test
    void rowAccess() {
        Row row = conn.execute(usersById()).first();
        assertEquals(3, row.size());
        assertEquals(1, row.get(0));
        assertEquals("jack", row.get(1));
        assertEquals("jack", row.get("name"));
        String name = row.get(f.users.c("name"));
        assertEquals("jack", name);
        Integer id = row.get(f.users.c("id"));
        assertEquals(1, id);
        assertEquals("Jack Jones", row.get("fullname", String.class));
        assertEquals(List.of("id", "name", "fullname"), row.keys());
        assertEquals(List.of(1, "jack", "Jack Jones"), row.values());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 1);
        expected.put("name", "jack");
        expected.put("fullname", "Jack Jones");
        assertEquals(expected, row.asMap());
        assertEquals(List.of("id", "name", "fullname"), new ArrayList<>(row.asMap().keySet()));
    }

    @Test
    void rowLookupErrors() {
        Row row = conn.execute(usersById()).first();
        NoSuchColumnException e = assertThrows(NoSuchColumnException.class, () -> row.get("nope"));
        assertEquals("No column named 'nope' in this row; valid names are [id, name, fullname]", e.getMessage());
        NoSuchColumnException byColumn = assertThrows(NoSuchColumnException.class,
                () -> row.get(f.addresses.c("email_address")));
        assertEquals("No column named 'email_address' in this row; valid names are [id, name, fullname]",
                byColumn.getMessage());
        IndexOutOfBoundsException index = assertThrows(IndexOutOfBoundsException.class, () -> row.get(3));
        assertEquals("Column index 3 is out of range: this row has 3 columns [id, name, fullname]", index.getMessage());
        InvalidRequestException wrongClass = assertThrows(InvalidRequestException.class,
                () -> row.get("name", Integer.class));
        assertEquals("The value of column 'name' is a String, not a Integer: 'jack'", wrongClass.getMessage());
    }

    @Test
    void rowByClass() {
        Row row = conn.execute(select(f.users.c("id"), f.users.c("name")).where(f.users.c("id").eq(1))).one();
        assertEquals(1, row.get(Integer.class));
        assertEquals("jack", row.get(String.class));
        Row two = conn.execute(usersById()).first();
        InvalidRequestException several = assertThrows(InvalidRequestException.class, () -> two.get(String.class));
        assertEquals("This row has more than one String value (columns 'name' and 'fullname'); read it by key or "
                + "position instead", several.getMessage());
        InvalidRequestException none = assertThrows(InvalidRequestException.class, () -> two.get(Double.class));
        assertEquals("This row has no Double value; its values are (1, 'jack', 'Jack Jones') with keys "
                + "[id, name, fullname]", none.getMessage());
    }

    @Test
    void joinedTablesAndRepeatedNames() {
        Result result = conn.execute(select(f.users, f.addresses)
                .where(f.users.c("id").eq(f.addresses.c("user_id")))
                .orderBy(f.addresses.c("id")));
        assertEquals(List.of("id", "name", "fullname", "id_1", "user_id", "email_address"), result.keys());
        Row last = result.fetchAll().get(3);
        Integer userId = last.get(f.users.c("id"));
        Integer addressId = last.get(f.addresses.c("id"));
        assertEquals(2, userId);
        assertEquals(4, addressId);
        assertEquals(2, last.get("id"));
        assertEquals(4, last.get("id_1"));
    }

    @Test
    void labelsAndAliases() {
        Label<String> title = f.users.c("fullname").concat(", ").concat(f.addresses.c("email_address")).label("title");
        Result result = conn.execute(select(title)
                .where(f.users.c("id").eq(f.addresses.c("user_id")))
                .where(or(f.addresses.c("email_address").like("%@aol.com"),
                        f.addresses.c("email_address").like("%@msn.com")))
                .orderBy(f.addresses.c("id")));
        assertEquals(List.of("title"), result.keys());
        List<Row> rows = result.fetchAll();
        assertEquals("Jack Jones, jack@msn.com", rows.get(0).get("title"));
        assertEquals("Wendy Williams, wendy@aol.com", rows.get(1).get(title));
        assertEquals("Wendy Williams, wendy@aol.com", rows.get(1).get(title.element()));

        Alias u = f.users.alias("u");
        Row row = conn.execute(select(u.c("name")).where(u.c("id").eq(2))).one();
        assertEquals("wendy", row.get(u.c("name")));
        assertEquals("wendy", row.get(f.users.c("name")), "a table column finds the alias column standing for it");
    }

    @Test
    void aggregates() {
        assertEquals(4L, ((Number) conn.execute(select(count()).selectFrom(f.addresses)).scalarOne()).longValue());
    }

    @Test
    void oneFirstAndScalars() {
        assertEquals("jack", conn.execute(select(f.users.c("name")).where(f.users.c("id").eq(1))).scalarOne());
        assertEquals("jack", conn.execute(usersById()).first().get("name"));
        assertNull(conn.execute(usersById().where(f.users.c("id").eq(99))).first());
        assertNull(conn.execute(usersById().where(f.users.c("id").eq(99))).oneOrNull());
        assertNull(conn.execute(select(f.users.c("name")).where(f.users.c("id").eq(99))).scalar());
        assertNull(conn.execute(select(f.users.c("name")).where(f.users.c("id").eq(99))).scalarOneOrNull());
        assertEquals(List.of("jack", "wendy"), conn.execute(select(f.users.c("name")).orderBy(f.users.c("id"))).scalars());
        assertEquals(1, conn.scalar(select(f.users.c("id")).orderBy(f.users.c("id"))));

        NoResultFoundException none = assertThrows(NoResultFoundException.class,
                () -> conn.execute(usersById().where(f.users.c("id").eq(99))).one());
        assertEquals("No row was found when exactly one was required; use oneOrNull() or first() when the row may be "
                + "missing", none.getMessage());
        Result two = conn.execute(usersById());
        MultipleResultsFoundException many = assertThrows(MultipleResultsFoundException.class, two::one);
        assertEquals("Multiple rows were found when one or none was required; add a WHERE clause or LIMIT, or use "
                + "first()", many.getMessage());
        assertTrue(two.isClosed());
        assertThrows(MultipleResultsFoundException.class, () -> conn.execute(usersById()).oneOrNull());
    }

    @Test
    void textResultsAreKeyedByTheDriversLabels() {
        Result result = conn.execute(text("select id, name from users where id = :id"), Map.of("id", 2));
        assertEquals(List.of("id", "name"), result.keys());
        Row row = result.one();
        assertEquals(2, row.get("id"));
        assertEquals("wendy", row.get(f.users.c("name")), "text() rows are matched by name");
        Long id = row.get(dev.retort.sql.Expressions.column("id", dev.retort.sql.SqlTypes.BIGINT));
        assertEquals(2L, id, "values are converted to the asked column's type");

        Row typed = conn.execute(text("select id, name from users where id = 1").columns(f.users.c("id"), f.users.c("name")))
                .one();
        assertEquals("jack", typed.get(f.users.c("name")));
        assertEquals(List.of("id", "name"), typed.keys());
    }

    @Test
    void closedResults() {
        Result result = conn.execute(usersById());
        result.close();
        assertTrue(result.isClosed());
        ResourceClosedException e = assertThrows(ResourceClosedException.class, result::fetchOne);
        assertEquals("This result is closed", e.getMessage());

        Result open = conn.execute(usersById());
        open.fetchOne();
        conn.close();
        ResourceClosedException gone = assertThrows(ResourceClosedException.class, open::fetchOne);
        assertEquals("This result's connection is closed; read the rows before closing the connection (or "
                + "fetchAll() them)", gone.getMessage());
        assertTrue(open.isClosed());
    }

    @Test
    void resultsWithoutRows() {
        Result result = conn.execute(f.users.update().where(f.users.c("id").eq(99)).values(Map.of("name", "x")));
        assertFalse(result.returnsRows());
        assertEquals(0, result.rowCount());
        assertEquals(List.of(), result.keys());
        assertTrue(result.isClosed());
        ResourceClosedException e = assertThrows(ResourceClosedException.class, result::fetchOne);
        assertEquals("This result does not return rows: the statement was not a query (see rowCount()); it was "
                + "closed automatically", e.getMessage());
        conn.rollback();
    }

    @Test
    void rowsAreEqualByValues() {
        Row a = conn.execute(usersById()).first();
        Row b = conn.execute(text("select id, name, fullname from users where id = 1")).one();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, conn.execute(usersById()).fetchAll().get(1));
    }

    @Test
    void advanceAndReadValuesReadOnlyTheColumnsAskedFor() {
        Select q = select(f.users.c("id"), f.users.c("name"), f.users.c("fullname")).orderBy(f.users.c("id"));
        try (Result r = conn.execute(q)) {
            assertEquals(3, r.width());
            assertTrue(r.advance());
            Object[] row = new Object[3];
            r.readValues(row, 2, 3);
            r.readValues(row, 0, 1);
            assertEquals(1, row[0]);
            assertNull(row[1], "a column not asked for is not read");
            assertEquals("Jack Jones", row[2]);
            assertTrue(r.advance(), "a row need not be read to move past it");
            while (r.advance()) {
                // to the end
            }
            assertFalse(r.advance(), "the end stays the end");
            ResourceClosedException e = assertThrows(ResourceClosedException.class, () -> r.readValues(new Object[3], 0, 1),
                    "no row to read after the end");
            assertEquals("This result is closed: there is no row to read", e.getMessage());
        }
    }
}
