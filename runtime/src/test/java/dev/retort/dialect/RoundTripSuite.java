package dev.retort.dialect;

import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.sql.Column;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values, keys and names on a real database through plain JDBC and the dialect alone: a table
 * with every type is created from the dialect's DDL, a row is inserted with a compiled INSERT and
 * the dialect's bindings, read back through the bindings, and compared value by value.
 */
abstract class RoundTripSuite {
    private final Target target;
    TestDb db;
    Fixtures f;

    RoundTripSuite(Target target) {
        this.target = target;
    }

    @BeforeEach
    void open() throws Exception {
        db = target.open();
        f = new Fixtures();
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    static final OffsetDateTime TZ = OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
    /** An instant whose UTC wall-clock time does not exist in Europe's daylight-saving gap. */
    static final Instant INSTANT = Instant.parse("2024-03-31T02:30:00.5Z");
    static final byte[] BYTES = new byte[300];
    static {
        for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (byte) i;
        }
    }

    static Map<String, Object> everyValue() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("i", Integer.MAX_VALUE);
        v.put("s", Short.MIN_VALUE);
        v.put("v", "Zoë ☃ 'quoted' \"double\"");
        v.put("vs", "x".repeat(200));
        v.put("t", "long ✓ text ".repeat(3000));
        v.put("b", true);
        v.put("r", 1.5f);
        v.put("d", 0.1 + 0.2);
        v.put("n", new BigDecimal("12345678.91"));
        v.put("nu", new BigDecimal("12.30"));
        v.put("dt", LocalDate.of(2024, 2, 29));
        v.put("tm", LocalTime.of(13, 45, 30));
        v.put("ts", LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
        v.put("tz", TZ);
        v.put("ins", INSTANT);
        v.put("u", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        v.put("bl", BYTES);
        v.put("vb", new byte[] {0, 1, (byte) 0xFF, 0x7F});
        v.put("e", "bb");
        v.put("color", Fixtures.Color.GREEN);
        v.put("code", "C1");
        return v;
    }

    @Test
    void everyTypeRoundTrips() throws Exception {
        db.create(List.of(f.everything));
        Map<String, Object> given = everyValue();
        assertEquals(1, db.update(f.everything.insert(), given));

        List<Object> row = db.query(select(f.everything).where(f.everything.c("code").eq("C1"))).get(0);
        Map<String, Object> read = byName(f.everything, row);
        assertEquals(1L, read.get("id"), "the BIGINT autoincrement key");
        for (Map.Entry<String, Object> e : given.entrySet()) {
            String c = e.getKey();
            Object want = e.getValue();
            Object got = read.get(c);
            if (want instanceof byte[]) {
                assertArrayEquals((byte[]) want, (byte[]) got, c);
            } else if (c.equals("nu")) {
                // an unbounded NUMERIC keeps the value; the scale is the database's (Derby 10, PostgreSQL 2, H2/SQLite 1)
                assertEquals(0, ((BigDecimal) want).compareTo((BigDecimal) got), c + ": " + got);
            } else if (c.equals("tz")) {
                OffsetDateTime expected = target.keepsOffset() ? TZ : TZ.withOffsetSameInstant(ZoneOffset.UTC);
                assertEquals(expected, got, "TIMESTAMP WITH TIME ZONE on " + target);
            } else {
                assertEquals(want, got, c);
            }
        }
        assertEquals(new BigDecimal("12345678.91"), read.get("n"), "NUMERIC(10, 2) keeps value and scale");
        assertEquals(Fixtures.Color.GREEN, read.get("color"));
        assertTrue(read.get("created") instanceof LocalDateTime, "server default CURRENT_TIMESTAMP: " + read.get("created"));
        assertEquals(0, read.get("qty"), "server default 0");
    }

    /**
     * Dates and times at the edges, read back exactly through the Android-safe conversions: a
     * wall-clock time in the JVM zone's daylight-saving gap, microseconds, dates before the
     * Gregorian reform and at the ends of the four-digit years, an instant before 1970. Runs with
     * the JVM default zone set to Europe/Berlin, restored afterwards.
     */
    @Test
    void temporalEdgesRoundTripExactly() throws Exception {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Berlin"));
        try {
            Table t = new dev.retort.sql.MetaData().table("temporal_edges",
                    dev.retort.sql.Expressions.column("id", SqlTypes.INTEGER).primaryKey(),
                    dev.retort.sql.Expressions.column("dt", SqlTypes.DATE),
                    dev.retort.sql.Expressions.column("tm", SqlTypes.TIME),
                    dev.retort.sql.Expressions.column("ts", SqlTypes.TIMESTAMP),
                    dev.retort.sql.Expressions.column("at", SqlTypes.INSTANT));
            db.create(List.of(t));
            List<List<Object>> rows = List.of(
                    List.of(1, LocalDate.of(2024, 3, 31), LocalTime.of(2, 30), LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000),
                            Instant.parse("2024-03-31T02:30:00.000001Z")),
                    List.of(2, LocalDate.of(1000, 1, 1), LocalTime.of(0, 0), LocalDateTime.of(1500, 6, 15, 12, 0, 0, 1_000),
                            Instant.parse("1969-12-31T23:59:59.999999Z")),
                    List.of(3, LocalDate.of(1, 1, 1), LocalTime.of(23, 59, 59), LocalDateTime.of(1, 1, 1, 0, 0),
                            Instant.parse("1970-01-01T00:00:00Z")),
                    List.of(4, LocalDate.of(9999, 12, 31), LocalTime.of(12, 0, 1), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                            Instant.parse("2038-01-19T03:14:08.5Z")));
            for (List<Object> r : rows) {
                db.update(t.insert(), Map.of("id", r.get(0), "dt", r.get(1), "tm", r.get(2), "ts", r.get(3), "at", r.get(4)));
            }
            List<List<Object>> read = db.query(select(t.c("id"), t.c("dt"), t.c("tm"), t.c("ts"), t.c("at")).orderBy(t.c("id")));
            assertEquals(rows.size(), read.size());
            for (int i = 0; i < rows.size(); i++) {
                List<Object> want = rows.get(i);
                List<Object> got = new java.util.ArrayList<>(read.get(i));
                got.set(0, ((Number) got.get(0)).intValue());
                assertEquals(want, got, "row " + want.get(0) + " on " + target);
            }
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void nullsOfEveryTypeRoundTrip() throws Exception {
        db.create(List.of(f.everything));
        Map<String, Object> nulls = new HashMap<>();
        for (String c : everyValue().keySet()) {
            nulls.put(c, null);
        }
        nulls.put("code", "C2");
        db.update(f.everything.insert(), nulls);
        Map<String, Object> read = byName(f.everything,
                db.query(select(f.everything).where(f.everything.c("code").eq("C2"))).get(0));
        for (String c : nulls.keySet()) {
            if (!c.equals("code")) {
                assertNull(read.get(c), c);
            }
        }
        assertNotNull(read.get("created"));
    }

    @Test
    void singleAndBatchInsertsReturnKeysAsDeclared() throws Exception {
        db.create(List.of(f.users));
        List<Long> single = db.insertForKeys(f.users, List.of(Map.of("name", "ed", "fullname", "Ed Jones")), false);
        assertEquals(List.of(1L), single, "GENERATED_KEYS");
        assertTrue(db.dialect.supports(Feature.GENERATED_KEYS));

        List<Long> batch = db.insertForKeys(f.users, List.of(Map.of("name", "a", "fullname", "A"),
                Map.of("name", "b", "fullname", "B"), Map.of("name", "c", "fullname", "C")), true);
        assertEquals(target.batchKeys(), batch, "keys after executeBatch on " + target);
        assertEquals(batch.size() == 3, db.dialect.supports(Feature.BATCH_GENERATED_KEYS), "BATCH_GENERATED_KEYS");
        assertEquals(4L, ((Number) db.scalar(select(dev.retort.sql.Expressions.count()).selectFrom(f.users))).longValue());

        // an autoincrement key column named with a reserved word
        db.create(List.of(f.user));
        assertEquals(List.of(1L), db.insertForKeys(f.user, List.of(Map.of("left", "l")), false));
    }

    @Test
    void returningGivesRowsWhereDeclared() throws Exception {
        db.create(List.of(f.users));
        if (!db.dialect.supports(Feature.INSERT_RETURNING)) {
            return;
        }
        List<List<Object>> rows = db.query(f.users.insert().values(Map.of("name", "wendy")).returning(f.users.c("id")));
        assertEquals(List.of(List.of(1)), rows);
        if (db.dialect.supports(Feature.UPDATE_RETURNING)) {
            assertEquals(List.of(List.of(1, "w")), db.query(f.users.update().where(f.users.c("id").eq(1))
                    .values(Map.of("name", "w")).returning(f.users.c("id"), f.users.c("name"))));
            assertEquals(List.of(List.of("w")), db.query(f.users.delete().where(f.users.c("id").eq(1))
                    .returning(f.users.c("name"))));
        }
    }

    @Test
    void reservedWordsWorkAsNamesWithoutQuotingByTheUser() throws Exception {
        db.create(List.of(f.user, f.order, f.left, f.right, f.association));
        db.update(f.user.insert(), Map.of("left", "L", "right", 7, "user", "U"));
        db.update(f.order.insert(), Map.of("user", 1, "select", "S"));
        db.update(f.left.insert(), Map.of("id", 1));
        db.update(f.right.insert(), Map.of("id", 2));
        db.update(f.association.insert(), Map.of("left_id", 1, "right_id", 2));
        assertEquals(List.of(List.of("L", "S")), db.query(select(f.user.c("left"), f.order.c("select")).join(f.order)));
        assertEquals(1, db.update(f.user.update().where(f.user.c("order").eq(1)).values(Map.of("right", 8))));
        assertEquals(List.of(List.of(1, "L", 8, "U")), db.query(select(f.user).orderBy(f.user.c("order").desc())));
        assertEquals(List.of(List.of(1, 2)), db.query(select(f.association).join(f.left).join(f.right)));
        db.update(f.user.delete());
        assertEquals(List.of(), db.query(select(f.order)), "ON DELETE CASCADE removed the order");
        for (String t : List.of("user", "order", "left", "right")) {
            assertTrue(db.tableExists(t), t);
        }
    }

    @Test
    void untypedNullsBindEverywhere() throws Exception {
        db.create(List.of(f.everything));
        Map<String, Object> params = new HashMap<>();
        params.put("code", "N1");
        params.put("i", null);
        params.put("ts", null);
        params.put("b", null);
        params.put("bl", null);
        db.update(text("INSERT INTO everything (code, i, ts, b, bl) VALUES (:code, :i, :ts, :b, :bl)"), params);
        Map<String, Object> p = new HashMap<>();
        p.put("i", null);
        p.put("code", "N1");
        assertEquals(1, db.update(text("UPDATE everything SET i = :i, t = :i WHERE code = :code"), p));
        p.remove("code");
        assertEquals(List.of(), db.query(text("SELECT code FROM everything WHERE i = :i"), p));
        if (!(db.dialect instanceof dev.retort.dialect.postgresql.PostgresDialect)) {
            // PostgreSQL cannot type "$1 IS NULL" in plain text: write CAST(:i AS INTEGER) there
            assertEquals(1, db.query(text("SELECT code FROM everything WHERE :i IS NULL"), p).size());
        }
    }

    @Test
    void reflectedTypesMapBack() throws Exception {
        db.create(List.of(f.everything));
        Map<String, SqlType<?>> want = new LinkedHashMap<>();
        for (Column<?> c : f.everything.columns()) {
            SqlType<?> t = c.type().storageType();
            want.put(c.name(), t.kind() == dev.retort.sql.TypeKind.TIMESTAMP_TZ ? SqlTypes.TIMESTAMP_TZ : t);
        }
        want.putAll(reflectedDifferences());
        Map<String, SqlType<?>> got = new LinkedHashMap<>();
        try (ResultSet rs = db.connection.getMetaData().getColumns(null, db.schema,
                db.dialect.denormalizeName("everything"), null)) {
            while (rs.next()) {
                got.put(db.dialect.normalizeName(rs.getString("COLUMN_NAME")), db.dialect.reflectType(
                        rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS")));
            }
        }
        assertEquals(want.toString(), got.toString());
    }

    /** Columns of {@code everything} whose reflected type differs from the declared one on this database. */
    abstract Map<String, SqlType<?>> reflectedDifferences();

    static Map<String, Object> byName(Table t, List<Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            m.put(t.columns().get(i).name(), row.get(i));
        }
        return m;
    }
}
