package dev.retort.dialect;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.MetaData;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What SQLite actually stores for the types it has no native form of: ISO-8601 text that sorts
 * and compares as time does, 0 and 1 for booleans, text UUIDs; and NUMERIC's affinity limits.
 */
class SqliteStorageTest {
    private TestDb db;
    private Table t;

    @BeforeEach
    void open() throws Exception {
        db = Target.SQLITE.open();
        t = new MetaData().table("t",
                column("id", SqlTypes.INTEGER).primaryKey(),
                column("d", SqlTypes.DATE),
                column("tm", SqlTypes.TIME),
                column("ts", SqlTypes.TIMESTAMP),
                column("tz", SqlTypes.TIMESTAMP_TZ),
                column("b", SqlTypes.BOOLEAN),
                column("u", SqlTypes.UUID_TYPE),
                column("n", SqlTypes.numeric(30, 2)));
        db.create(List.of(t));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<String> stored(String column) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column + " || ' ' || typeof(" + column + ") FROM t ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void datesAndTimesAreCanonicalIsoText() throws Exception {
        db.update(t.insert(), Map.of("id", 1, "d", LocalDate.of(2024, 2, 29), "tm", LocalTime.of(10, 15),
                "ts", LocalDateTime.of(2024, 2, 29, 10, 15), "tz", OffsetDateTime.of(2024, 2, 29, 10, 15, 0, 0,
                        ZoneOffset.ofHours(-5)), "b", true, "u", UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        db.update(t.insert(), Map.of("id", 2, "tm", LocalTime.of(10, 15, 30, 500_000_000),
                "ts", LocalDateTime.of(2024, 2, 29, 10, 15, 30, 120_000_000),
                "tz", OffsetDateTime.of(2024, 2, 29, 10, 15, 0, 0, ZoneOffset.UTC), "b", false));
        assertEquals(List.of("2024-02-29 text"), stored("d").subList(0, 1));
        assertEquals(List.of("10:15:00 text", "10:15:30.5 text"), stored("tm"));
        assertEquals(List.of("2024-02-29 10:15:00 text", "2024-02-29 10:15:30.12 text"), stored("ts"));
        assertEquals(List.of("2024-02-29 10:15:00-05:00 text", "2024-02-29 10:15:00+00:00 text"), stored("tz"));
        assertEquals(List.of("1 integer", "0 integer"), stored("b"));
        assertEquals("123e4567-e89b-12d3-a456-426614174000 text", stored("u").get(0));

        // the text is what SQLite's own date functions read and write
        assertEquals(1, db.scalar(dev.retort.sql.Expressions.text(
                "SELECT count(*) FROM t WHERE ts = datetime('2024-02-29 10:15:00')")));
        assertEquals(List.of(List.of(1), List.of(2)), db.query(select(t.c("id"))
                .where(t.c("ts").gt(LocalDateTime.of(2024, 2, 29, 10, 14, 59))).orderBy(t.c("ts"))));
    }

    @Test
    void valuesOthersWroteAreStillRead() throws Exception {
        // xerial's own setTimestamp/setDate (epoch milliseconds), a 'T' separator, SQLite's CURRENT_TIMESTAMP
        long millis = LocalDateTime.of(2024, 2, 29, 10, 15).atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
        db.raw("INSERT INTO t (id, ts, d, tz) VALUES (1, " + millis + ", '2024-02-29 00:00:00', CURRENT_TIMESTAMP)");
        db.raw("INSERT INTO t (id, ts) VALUES (2, '2024-02-29T10:15:30.25')");
        List<List<Object>> rows = db.query(select(t.c("ts"), t.c("d")).orderBy(t.c("id")));
        assertEquals(LocalDateTime.of(2024, 2, 29, 10, 15), rows.get(0).get(0));
        assertEquals(LocalDate.of(2024, 2, 29), rows.get(0).get(1));
        assertEquals(LocalDateTime.of(2024, 2, 29, 10, 15, 30, 250_000_000), rows.get(1).get(0));
        OffsetDateTime now = (OffsetDateTime) db.scalar(select(t.c("tz")).where(t.c("id").eq(1)));
        assertEquals(ZoneOffset.UTC, now.getOffset(), "CURRENT_TIMESTAMP is UTC");
    }

    @Test
    void onlyAnIntegerPrimaryKeyAutoincrements() throws Exception {
        // why the dialect declares the autoincrement key INTEGER whatever its integer kind
        db.raw("CREATE TABLE big (id BIGINT NOT NULL, v INTEGER, PRIMARY KEY (id))");
        java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> db.raw("INSERT INTO big (v) VALUES (1)"));
        assertEquals(dev.retort.exc.IntegrityErrorException.class,
                db.dialect.wrap(e, "INSERT", List.of(), null).getClass(), "a BIGINT key is no rowid alias");
        Table big = new MetaData().table("big2", column("id", SqlTypes.BIGINT).primaryKey(), column("v", SqlTypes.INTEGER));
        db.create(List.of(big));
        db.update(big.insert(), Map.of("v", 1));
        assertEquals(1L, db.scalar(select(big.c("id"))));
    }

    @Test
    void numericKeepsFifteenDigitsAndTheDeclaredScale() throws Exception {
        db.update(t.insert(), Map.of("id", 1, "n", new BigDecimal("12345678.91")));
        db.update(t.insert(), Map.of("id", 2, "n", new BigDecimal("12.30")));
        db.update(t.insert(), Map.of("id", 3, "n", new BigDecimal("1234567890123456.78")));
        List<List<Object>> rows = db.query(select(t.c("n")).orderBy(t.c("id")));
        assertEquals(new BigDecimal("12345678.91"), rows.get(0).get(0));
        assertEquals(new BigDecimal("12.30"), rows.get(1).get(0), "scale 2 restored");
        // 18 significant digits: NUMERIC affinity keeps 15 of them (a documented SQLite limit)
        assertEquals(new BigDecimal("1234567890123460.00"), rows.get(2).get(0));
        assertEquals(List.of("12345678.91 real", "12.3 real", "1.23456789012346e+15 real"), stored("n"));
    }
}
