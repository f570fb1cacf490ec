package dev.retort.dialect;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.MetaData;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB neither the JVM's time zone nor the session's {@code time_zone} moves a value: a
 * wall-clock time in Berlin's daylight-saving gap comes back as written, and an instant is stored
 * as its UTC wall-clock time in a {@code DATETIME(6)} and comes back at offset UTC, whatever
 * {@code time_zone} the session had when it was written or read. Skipped (visibly) without
 * {@code RETORT_MARIADB_URL}.
 */
class MariaDbTimeZoneTest {
    private static final LocalDateTime IN_THE_GAP = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000);
    private static final OffsetDateTime AT_PLUS_TWO = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 654_321_000,
            ZoneOffset.ofHours(2));

    @Test
    void neitherTheJvmNorTheSessionZoneMovesValues() throws Exception {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try (TestDb db = Target.MARIADB.open()) {
            Table t = new MetaData().table("t", column("id", SqlTypes.INTEGER).primaryKey(),
                    column("ts", SqlTypes.TIMESTAMP), column("tz", SqlTypes.TIMESTAMP_TZ),
                    column("at", SqlTypes.INSTANT));
            db.create(List.of(t));
            sessionZone(db, "+05:00");
            db.update(t.insert(), Map.of("id", 1, "ts", IN_THE_GAP, "tz", AT_PLUS_TWO,
                    "at", Instant.parse("2024-03-31T02:30:00.5Z")));
            List<Object> expected = List.of(IN_THE_GAP, AT_PLUS_TWO.withOffsetSameInstant(ZoneOffset.UTC),
                    Instant.parse("2024-03-31T02:30:00.5Z"));
            assertEquals(List.of(expected), db.query(select(t.c("ts"), t.c("tz"), t.c("at"))));
            sessionZone(db, "-08:00");
            assertEquals(List.of(expected), db.query(select(t.c("ts"), t.c("tz"), t.c("at"))));
            try (Statement s = db.connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT CAST(tz AS CHAR) FROM t")) {
                rs.next();
                assertEquals("2024-07-01 10:00:00.654321", rs.getString(1), "the UTC wall-clock time is stored");
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    private static void sessionZone(TestDb db, String zone) throws Exception {
        try (Statement s = db.connection.createStatement()) {
            s.execute("SET time_zone = '" + zone + "'");
        }
    }
}
