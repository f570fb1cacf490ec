package dev.retort.it.core;

import static dev.retort.Retort.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.engine.reflect.ColumnInfo;
import dev.retort.engine.reflect.Inspector;
import dev.retort.exc.BindParameterException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.exc.NoSuchColumnException;
import dev.retort.exc.TypeMismatchException;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.it.support.Requires;
import dev.retort.sql.MetaData;
import dev.retort.sql.Select;
import dev.retort.sql.Subquery;
import dev.retort.sql.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed's "SQLAlchemy Core" walk-through, end to end, on a real database: one subclass per
 * database runs every test. Every outcome is read back from the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CoreSuite implements DialectAware {
    private Engine engine;
    private MetaData metadata;
    private Table users;
    private Table addresses;

    /** The database this subclass runs on. */
    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect(); // known before the engine starts: @Requires is evaluated first
    }


    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @BeforeEach
    void createSchema() {
        if (engine == null) {
            engine = database().newEngine(); // here, not in @BeforeAll: a missing server skips each test visibly
        }
        metadata = new MetaData();
        users = metadata.table("users",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("fullname", string(50)));
        addresses = metadata.table("addresses",
                column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"),
                column("email_address", string(50)).nullable(false));
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Connection conn = engine.begin()) {
            conn.execute(users.insert(), List.of(
                    Map.of("name", "jack", "fullname", "Jack Jones"),
                    Map.of("name", "wendy", "fullname", "Wendy Williams"),
                    Map.of("name", "will", "fullname", "William Liu")));
            conn.execute(addresses.insert(), List.of(
                    Map.of("user_id", 1, "email_address", "jack@yahoo.com"),
                    Map.of("user_id", 1, "email_address", "jack@msn.com"),
                    Map.of("user_id", 2, "email_address", "www@www.org"),
                    Map.of("user_id", 2, "email_address", "wendy@aol.com"),
                    Map.of("user_id", 3, "email_address", "will@gmail.com")));
        }
    }

    @AfterEach
    void dropSchema() {
        if (engine != null) {
            metadata.dropAll(engine);
        }
    }

    private List<Row> rows(Select s) {
        try (Connection conn = engine.connect()) {
            return conn.execute(s).fetchAll();
        }
    }

    private List<Object> scalars(Select s) {
        try (Connection conn = engine.connect()) {
            return conn.execute(s).scalars();
        }
    }

    // ------------------------------------------------------------------ schema

    @Test
    void createAllSkipsExistingTablesAndDropAllRemovesThem() {
        Inspector insp = inspect(engine);
        assertTrue(insp.hasTable("users"));
        assertTrue(insp.hasTable("addresses"));
        metadata.createAll(engine); // again: skips existing tables
        assertEquals(3L, ((Number) scalars(select(count()).selectFrom(users)).get(0)).longValue());
        metadata.dropAll(engine);
        assertFalse(inspect(engine).hasTable("users"));
        assertFalse(inspect(engine).hasTable("addresses"));
        metadata.dropAll(engine); // again: skips missing tables
        metadata.createAll(engine);
    }

    @Test
    void tableCreateAndDropWithReservedWordNames() {
        Table user = metadata.table("user",
                column("id", INTEGER).primaryKey(),
                column("order", INTEGER),
                column("left", string(10)),
                column("right", string(10)));
        user.create(engine);
        try (Connection conn = engine.begin()) {
            conn.execute(user.insert().values(Map.of("order", 1, "left", "l", "right", "r")));
        }
        Row row = rows(select(user).where(user.c("order").eq(1))).get(0);
        assertEquals("l", row.get("left"));
        assertEquals("r", row.get(user.c("right")));
        user.drop(engine);
        assertFalse(inspect(engine).hasTable("user"));
    }

    // ------------------------------------------------------------------ insert

    @Test
    void insertReturnsThePrimaryKeyAndExecutemanyInsertsEveryRow() {
        try (Connection conn = engine.connect()) {
            Result r = conn.execute(users.insert().values(Map.of("name", "fred", "fullname", "Fred Flintstone")));
            assertEquals(List.of(4), r.insertedPrimaryKey());
            assertEquals(1, r.rowCount());
            conn.execute(users.insert(), List.of(Map.of("name", "a", "fullname", "A"), Map.of("name", "b", "fullname", "B")));
            conn.commit();
        }
        assertEquals(List.of("jack", "wendy", "will", "fred", "a", "b"),
                scalars(select(users.c("name")).orderBy(users.c("id"))));
    }

    /**
     * 2,345 parameter sets: batches of 1,000 (multi-row INSERTs on PostgreSQL), every row written
     * with its own values, NULLs included, and the row count is the sum.
     */
    @Test
    void aLargeExecutemanyWritesEveryRowWithItsValues() {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int i = 0; i < 2345; i++) {
            Map<String, Object> set = new java.util.HashMap<>();
            set.put("name", "bulk" + i);
            set.put("fullname", i % 3 == 0 ? null : "Bulk " + i);
            sets.add(set);
        }
        try (Connection conn = engine.connect()) {
            assertEquals(2345, conn.execute(users.insert(), sets).rowCount());
            conn.commit();
        }
        List<Row> rows;
        try (Connection conn = engine.connect()) {
            rows = conn.execute(select(users.c("name"), users.c("fullname")).where(users.c("name").like("bulk%"))
                    .orderBy(users.c("id"))).fetchAll();
        }
        assertEquals(2345, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals("bulk" + i, rows.get(i).get(0));
            assertEquals(i % 3 == 0 ? null : "Bulk " + i, rows.get(i).get(1));
        }
    }

    @Test
    void insertFromSelect() {
        Table archive = metadata.table("archive", column("id", INTEGER).primaryKey().autoincrement(false),
                column("name", string(50)));
        archive.create(engine);
        try (Connection conn = engine.begin()) {
            conn.execute(archive.insert().fromSelect(List.of("id", "name"),
                    select(users.c("id"), users.c("name")).where(users.c("name").like("w%"))));
        }
        assertEquals(List.of("wendy", "will"), scalars(select(archive.c("name")).orderBy(archive.c("id"))));
    }

    // ------------------------------------------------------------------ select and rows

    @Test
    void selectRowsByIndexNameAndColumn() {
        try (Connection conn = engine.connect()) {
            Result result = conn.execute(select(users).orderBy(users.c("id")));
            assertEquals(List.of("id", "name", "fullname"), result.keys());
            Row row = result.fetchOne();
            assertEquals(1, row.get(0));
            assertEquals("jack", row.get("name"));
            assertEquals("Jack Jones", row.get(users.c("fullname")));
            assertEquals("(1, 'jack', 'Jack Jones')", row.toString());
            List<Row> next = result.fetchMany(1);
            assertEquals("wendy", next.get(0).get("name"));
            List<Row> rest = new ArrayList<>();
            for (Row r : result) {
                rest.add(r);
            }
            assertEquals(1, rest.size());
            assertNull(result.fetchOne());
            assertThrows(NoSuchColumnException.class, () -> row.get("nope"));
        }
    }

    @Test
    void firstOneAndScalar() {
        try (Connection conn = engine.connect()) {
            assertEquals("jack", conn.execute(select(users.c("name")).orderBy(users.c("id"))).first().get(0));
            assertEquals("will", conn.execute(select(users.c("name")).where(users.c("id").eq(3))).one().get("name"));
            assertThrows(NoResultFoundException.class, () -> conn.execute(select(users).where(users.c("id").eq(99))).one());
            assertThrows(MultipleResultsFoundException.class, () -> conn.execute(select(users)).one());
            assertEquals(5L, ((Number) conn.execute(select(count()).selectFrom(addresses)).scalar()).longValue());
        }
    }

    @Test
    void whereJoinsTwoTables() {
        List<Row> rows = rows(select(users, addresses).where(users.c("id").eq(addresses.c("user_id")))
                .orderBy(addresses.c("id")));
        assertEquals(5, rows.size());
        assertEquals("jack", rows.get(0).get(users.c("name")));
        assertEquals("jack@yahoo.com", rows.get(0).get(addresses.c("email_address")));
        assertEquals(1, rows.get(0).<Integer>get(addresses.c("id")).intValue());
    }

    @Test
    void likeAndOrAndLabelAsInTheSeed() {
        Select s = select(users.c("fullname").concat(", ").concat(addresses.c("email_address")).label("title"))
                .where(users.c("id").eq(addresses.c("user_id")))
                .where(or(addresses.c("email_address").like("%@aol.com"), addresses.c("email_address").like("%@msn.com")))
                .orderBy(addresses.c("id"));
        assertEquals("SELECT users.fullname || :fullname_1 || addresses.email_address AS title FROM users, addresses "
                + "WHERE users.id = addresses.user_id AND (addresses.email_address LIKE :email_address_1 OR "
                + "addresses.email_address LIKE :email_address_2) ORDER BY addresses.id", s.toString());
        List<Row> rows = rows(s);
        assertEquals(List.of("Jack Jones, jack@msn.com", "Wendy Williams, wendy@aol.com"),
                List.of(rows.get(0).get("title"), rows.get(1).get("title")));
        assertEquals(List.of("wendy"), scalars(select(users.c("name"))
                .where(and(users.c("name").like("w%"), not(users.c("name").eq("will"))))));
    }

    @Test
    void comparisonOperators() {
        assertEquals(List.of("wendy", "will"), scalars(select(users.c("name")).where(users.c("id").in(2, 3)).orderBy(users.c("id"))));
        assertEquals(List.of("jack"), scalars(select(users.c("name")).where(users.c("id").notIn(2, 3))));
        assertEquals(List.of(), scalars(select(users.c("name")).where(users.c("id").in(List.of()))));
        assertEquals(List.of("jack", "wendy"), scalars(select(users.c("name")).where(users.c("id").between(1, 2)).orderBy(users.c("id"))));
        assertEquals(List.of("jack"), scalars(select(users.c("name")).where(users.c("id").lt(2))));
        assertEquals(List.of("will"), scalars(select(users.c("name")).where(users.c("id").ge(3))));
        assertEquals(List.of("wendy", "will"), scalars(select(users.c("name")).where(users.c("name").startsWith("w")).orderBy(users.c("id"))));
        assertEquals(List.of("Jack Jones"), scalars(select(users.c("fullname")).where(users.c("fullname").endsWith("Jones"))));
        assertEquals(List.of("Wendy Williams"), scalars(select(users.c("fullname")).where(users.c("fullname").contains("dy W"))));
        assertEquals(List.of("jack"), scalars(select(users.c("name")).where(users.c("name").ilike("JACK"))));
        assertEquals(List.of(), scalars(select(users.c("name")).where(users.c("name").contains("%"))));
        try (Connection conn = engine.begin()) {
            conn.execute(users.insert().values(Map.of("name", "nobody")));
        }
        assertEquals(List.of("nobody"), scalars(select(users.c("name")).where(users.c("fullname").isNull())));
        assertEquals(3, scalars(select(users.c("name")).where(users.c("fullname").isNotNull())).size());
    }

    @Test
    void orderLimitOffsetDistinct() {
        assertEquals(List.of("wendy", "will"), scalars(select(users.c("name")).orderBy(users.c("id")).limit(2).offset(1)));
        assertEquals(List.of("will", "wendy"), scalars(select(users.c("name")).orderBy(users.c("id").desc()).limit(2)));
        assertEquals(List.of("will"), scalars(select(users.c("name")).orderBy(users.c("id")).offset(2)));
        assertEquals(List.of(1, 2, 3), scalars(select(addresses.c("user_id")).distinct().orderBy(addresses.c("user_id"))));
    }

    @Test
    void aggregatesGroupByHaving() {
        List<Row> rows = rows(select(users.c("name"), count(addresses.c("id")).label("n"))
                .selectFrom(users.join(addresses))
                .groupBy(users.c("name"))
                .having(count(addresses.c("id")).gt(1L))
                .orderBy(users.c("name")));
        assertEquals(2, rows.size());
        assertEquals("jack", rows.get(0).get("name"));
        assertEquals(2L, ((Number) rows.get(0).get("n")).longValue());
        Row agg = rows(select(sum(addresses.c("user_id")).label("s"), min(addresses.c("user_id")).label("lo"),
                max(addresses.c("user_id")).label("hi"), avg(addresses.c("user_id")).label("a")).selectFrom(addresses)).get(0);
        assertEquals(9L, ((Number) agg.get("s")).longValue());
        assertEquals(1, ((Number) agg.get("lo")).intValue());
        assertEquals(3, ((Number) agg.get("hi")).intValue());
        assertEquals(1.0, ((Number) agg.get("a")).doubleValue(), 1.0);
        assertEquals(List.of("jack"), scalars(select(users.c("name"))
                .where(func("lower", STRING, users.c("fullname")).eq("jack jones"))));
        assertEquals(List.of("JACK"), scalars(select(upper(users.c("name"))).where(users.c("id").eq(1))));
    }

    @Test
    void outerJoinSubqueriesAndExists() {
        try (Connection conn = engine.begin()) {
            conn.execute(users.insert().values(Map.of("name", "lonely", "fullname", "No Address")));
        }
        List<Row> rows = rows(select(users.c("name"), addresses.c("email_address"))
                .selectFrom(users.outerJoin(addresses)).where(addresses.c("id").isNull()));
        assertEquals(1, rows.size());
        assertEquals("lonely", rows.get(0).get("name"));

        Subquery counts = select(addresses.c("user_id"), count().label("n")).groupBy(addresses.c("user_id")).subquery("counts");
        assertEquals(List.of("jack", "wendy"), scalars(select(users.c("name"))
                .selectFrom(users.join(counts, users.c("id").eq(counts.c("user_id"))))
                .where(counts.c("n").gt(1L)).orderBy(users.c("name"))));

        assertEquals(List.of("will"), scalars(select(users.c("name")).where(users.c("id").eq(
                select(max(addresses.c("user_id"))).selectFrom(addresses).<Integer>scalarSubquery()))));
        assertEquals(List.of("jack", "wendy", "will"), scalars(select(users.c("name")).where(exists(
                select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id"))))).orderBy(users.c("name"))));
        assertEquals(List.of("lonely"), scalars(select(users.c("name")).where(not(exists(
                select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id"))))))));
    }

    // ------------------------------------------------------------------ text, update, delete

    @Test
    void textWithBoundParameters() {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("select id, name from users where id = :id"), Map.of("id", 3)).one();
            assertEquals("will", row.get("name"));
            assertEquals(3, ((Number) row.get("id")).intValue());
            conn.execute(text("insert into users (name, fullname) values (:name, :fullname)"),
                    Map.of("name", "will2", "fullname", "William Liu"));
            assertEquals(2L, ((Number) conn.execute(text("select count(*) from users where fullname = :f"),
                    Map.of("f", "William Liu")).scalar()).longValue());
            assertThrows(BindParameterException.class, () -> conn.execute(text("select * from users where id = :id")));
            assertThrows(BindParameterException.class, () -> conn.execute(text("select * from users where id = :id"),
                    Map.of("id", 1, "extra", 2)));
        }
    }

    @Test
    void updateAndDeleteReportRowCounts() {
        try (Connection conn = engine.connect()) {
            assertEquals(1, conn.execute(users.update().where(users.c("id").eq(1)).values(Map.of("name", "x"))).rowCount());
            assertEquals(2, conn.execute(addresses.delete().where(addresses.c("email_address").like("j%"))).rowCount());
            conn.commit();
        }
        assertEquals(List.of("x"), scalars(select(users.c("name")).where(users.c("id").eq(1))));
        assertEquals(3L, ((Number) scalars(select(count()).selectFrom(addresses)).get(0)).longValue());
    }

    // ------------------------------------------------------------------ transactions and errors

    @Test
    void rollbackDiscardsAndSavepointsNest() {
        try (Connection conn = engine.connect()) {
            conn.execute(addresses.delete());
            conn.execute(users.delete());
            conn.rollback();
        }
        assertEquals(3, scalars(select(users.c("id"))).size());
        try (Connection conn = engine.connect()) {
            conn.execute(users.insert().values(Map.of("name", "outer")));
            try (var nested = conn.beginNested()) {
                conn.execute(users.insert().values(Map.of("name", "inner")));
                nested.rollback();
            }
            conn.commit();
        }
        assertEquals(List.of("outer"), scalars(select(users.c("name")).where(users.c("name").in("outer", "inner"))));
    }

    @Test
    void integrityErrorCarriesStatementParametersAndCause() {
        try (Connection conn = engine.connect()) {
            IntegrityErrorException e = assertThrows(IntegrityErrorException.class,
                    () -> conn.execute(users.insert().values(Map.of("id", 1, "name", "dup"))));
            assertTrue(e.getMessage().contains("INSERT INTO users"), e.getMessage());
            assertTrue(e.getMessage().contains("'dup'"), e.getMessage());
            assertTrue(e.getCause() instanceof java.sql.SQLException);
            conn.rollback();
            assertThrows(IntegrityErrorException.class,
                    () -> conn.execute(addresses.insert().values(Map.of("user_id", 1))));
        }
    }

    @Test
    void badInputIsRejectedBeforeReachingTheDatabase() {
        TypeMismatchException e = assertThrows(TypeMismatchException.class, () -> users.c("id").eq("one"));
        assertTrue(e.getMessage().contains("users.id"), e.getMessage());
        NoSuchColumnException n = assertThrows(NoSuchColumnException.class, () -> users.c("nmae"));
        assertEquals(List.of("id", "name", "fullname"), n.validNames());
    }

    // ------------------------------------------------------------------ types

    enum Mood { HAPPY, SAD }

    @Test
    void everyTypeRoundTrips() {
        Table t = metadata.table("everything",
                column("id", INTEGER).primaryKey(),
                column("big", BIGINT),
                column("small", SMALLINT),
                column("s", string(20)),
                column("txt", TEXT),
                column("flag", BOOLEAN),
                column("r", REAL),
                column("d", DOUBLE),
                column("n", numeric(10, 2)),
                column("day", DATE),
                column("tod", TIME),
                column("ts", TIMESTAMP),
                column("tstz", TIMESTAMP_TZ),
                column("u", UUID_TYPE),
                column("bytes", BLOB),
                column("mood", enumType(Mood.values())));
        t.create(engine);
        UUID uuid = UUID.randomUUID();
        OffsetDateTime odt = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2));
        String longText = "x".repeat(5000);
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("big", 9_000_000_000L);
        values.put("small", (short) 7);
        values.put("s", "hello");
        values.put("txt", longText);
        values.put("flag", true);
        values.put("r", 1.5f);
        values.put("d", 2.25);
        values.put("n", new BigDecimal("12345678.91"));
        values.put("day", LocalDate.of(2024, 2, 29));
        values.put("tod", LocalTime.of(13, 14, 15));
        values.put("ts", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        values.put("tstz", odt);
        values.put("u", uuid);
        values.put("bytes", new byte[] {1, 2, 3, 0, -1});
        values.put("mood", Mood.SAD);
        try (Connection conn = engine.begin()) {
            conn.execute(t.insert().values(values));
            conn.execute(t.insert().values(Map.of("id", 99)));
        }
        Row row = rows(select(t).where(t.c("id").eq(1))).get(0);
        assertEquals(9_000_000_000L, row.get("big"));
        assertEquals((short) 7, row.get("small"));
        assertEquals("hello", row.get("s"));
        assertEquals(longText, row.get("txt"));
        assertEquals(true, row.get("flag"));
        assertEquals(1.5f, row.get("r"));
        assertEquals(2.25, row.get("d"));
        assertEquals(0, new BigDecimal("12345678.91").compareTo((BigDecimal) row.get("n")));
        assertEquals(LocalDate.of(2024, 2, 29), row.get("day"));
        assertEquals(LocalTime.of(13, 14, 15), row.get("tod"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), row.get("ts"));
        assertEquals(odt.toInstant(), ((OffsetDateTime) row.get("tstz")).toInstant());
        assertEquals(uuid, row.get("u"));
        assertArrayEquals(new byte[] {1, 2, 3, 0, -1}, (byte[]) row.get("bytes"));
        assertSame(Mood.SAD, row.get("mood"));
        Row nulls = rows(select(t).where(t.c("id").eq(99))).get(0);
        for (int i = 1; i < nulls.size(); i++) {
            assertNull(nulls.get(i), "column " + nulls.keys().get(i));
        }
        assertEquals(List.of(1), scalars(select(t.c("id")).where(t.c("mood").eq(Mood.SAD))));
        assertThrows(IntegrityErrorException.class, () -> {
            try (Connection conn = engine.connect()) {
                conn.execute(text("insert into everything (id, mood) values (5, 'ANGRY')"));
            }
        });
    }

    // ------------------------------------------------------------------ reflection

    @Test
    void reflectionRoundTripsTheCreatedSchema() {
        MetaData reflected = new MetaData();
        Table addr = reflected.reflectTable("addresses", engine);
        assertTrue(reflected.tables().containsKey("users"), "the referenced table is reflected too");
        assertEquals(List.of("id", "user_id", "email_address"), addr.columns().keys());
        assertEquals(List.of("id"), addr.primaryKey().columns().stream().map(c -> c.name()).toList());
        assertEquals("users", addr.foreignKeys().get(0).targetTableName());
        assertEquals("id", addr.foreignKeys().get(0).targetColumnName());
        assertFalse(addr.c("email_address").isNullable());
        assertEquals(Integer.valueOf(50), addr.c("email_address").type().length());

        Inspector insp = inspect(engine);
        assertTrue(insp.getTableNames().containsAll(List.of("addresses", "users")));
        List<ColumnInfo> cols = insp.getColumns("users");
        assertEquals(List.of("id", "name", "fullname"), cols.stream().map(ColumnInfo::name).toList());
        assertTrue(cols.get(0).primaryKey());
        assertTrue(cols.get(0).autoincrement() || dialect().name().equals("sqlite"));

        // the reflected table works in statements against the same database
        Table u = reflected.getTable("users");
        assertEquals(List.of("jack"), scalars(select(u.c("name")).where(u.c("id").eq(1))));
        MetaData all = new MetaData();
        all.reflect(engine);
        assertTrue(all.tables().keySet().containsAll(List.of("users", "addresses")));
    }

    @Test
    @Requires(Feature.INSERT_RETURNING)
    void insertReturning() {
        try (Connection conn = engine.begin()) {
            Row r = conn.execute(users.insert().values(Map.of("name", "ret")).returning(users.c("id"), users.c("name"))).one();
            assertEquals(4, ((Number) r.get("id")).intValue());
            assertEquals("ret", r.get("name"));
        }
    }

    @Test
    void constraintsHaveConventionalNamesAndIntegrityErrorsSayWhatTheyCover() {
        String longName = "loyalty_memberships_of_customers_kept_for_auditing_purposes"; // 59: fits everywhere
        MetaData md = new MetaData();
        Table customers = md.table("nc_customers",
                column("id", INTEGER).primaryKey().autoincrement(false),
                column("email", string(50)).unique());
        Table members = md.table(longName,
                column("id", INTEGER).primaryKey().autoincrement(false),
                column("customer_id", INTEGER).foreignKey("nc_customers.id"),
                column("member_code", string(20)).unique());
        String uqLong = engine.dialect().preparer().truncate("uq_" + longName + "_member_code");
        String fkLong = engine.dialect().preparer().truncate("fk_" + longName + "_customer_id_nc_customers");
        assertTrue(uqLong.length() <= engine.dialect().preparer().maxIdentifierLength(), uqLong);
        boolean namesInMessages = !"sqlite".equals(dialect().name()); // SQLite's errors name table.column instead
        md.dropAll(engine);
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(customers.insert(), Map.of("id", 1, "email", "ann@example.com"));
            conn.execute(members.insert(), Map.of("id", 1, "customer_id", 1, "member_code", "M-1"));
            conn.commit();

            IntegrityErrorException dupEmail = assertThrows(IntegrityErrorException.class,
                    () -> conn.execute(customers.insert(), Map.of("id", 2, "email", "ann@example.com")));
            conn.rollback();
            IntegrityErrorException dupCode = assertThrows(IntegrityErrorException.class,
                    () -> conn.execute(members.insert(), Map.of("id", 2, "customer_id", 1, "member_code", "M-1")));
            conn.rollback();
            IntegrityErrorException noCustomer = assertThrows(IntegrityErrorException.class,
                    () -> conn.execute(members.insert(), Map.of("id", 3, "customer_id", 99, "member_code", "M-3")));
            conn.rollback();
            if (namesInMessages) {
                assertEquals("uq_nc_customers_email", dupEmail.constraintName(), dupEmail.getMessage());
                assertTrue(dupEmail.getMessage().contains(
                        "The constraint uq_nc_customers_email is UNIQUE (email) on table nc_customers."), dupEmail.getMessage());
                assertEquals(uqLong, dupCode.constraintName(), dupCode.getMessage());
                assertTrue(dupCode.getMessage().contains("is UNIQUE (member_code) on table " + longName + "."),
                        dupCode.getMessage());
                assertEquals(fkLong, noCustomer.constraintName(), noCustomer.getMessage());
                assertTrue(noCustomer.getMessage().contains("is FOREIGN KEY (customer_id) on table " + longName
                        + ", referencing nc_customers."), noCustomer.getMessage());
            } else {
                assertTrue(dupEmail.getMessage().contains("nc_customers.email"), dupEmail.getMessage());
                assertTrue(dupCode.getMessage().contains(longName + ".member_code"), dupCode.getMessage());
            }
        }
        Inspector insp = inspect(engine);
        assertEquals(List.of(1L), engine.inTransaction(c -> c.execute(select(count()).selectFrom(members)).scalars()).stream()
                .map(n -> ((Number) n).longValue()).toList(), "the failed inserts left nothing behind");
        if (namesInMessages) {
            // MySQL and MariaDB accept the name in CREATE TABLE but call every primary key PRIMARY
            boolean mysql = dialect().name().equals("mysql") || dialect().name().equals("mariadb");
            assertEquals(mysql ? "PRIMARY" : "pk_nc_customers", insp.getPrimaryKey("nc_customers").name());
            assertEquals(fkLong, insp.getForeignKeys(longName).get(0).name());
        }
        md.dropAll(engine);
    }
}
