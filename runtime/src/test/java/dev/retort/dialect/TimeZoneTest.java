package dev.retort.dialect;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.sql.MetaData;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Timestamps that do not exist in the JVM's time zone (the daylight-saving gap, 02:00 to 03:00 on
 * 31 March 2024 in Berlin) survive Derby and H2, where {@code Timestamp.valueOf} would move them by
 * an hour. Runs with the JVM default zone set to Europe/Berlin, restored afterwards.
 */
class TimeZoneTest {
    private static final LocalDateTime IN_THE_GAP = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000);
    private static final Instant GAP_INSTANT = Instant.parse("2024-03-31T02:30:00Z");

    @Test
    void wallClockTimesInTheGapAndInstantsRoundTrip() throws Exception {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            for (Target target : List.of(Target.DERBY, Target.H2, Target.SQLITE)) {
                try (TestDb db = target.open()) {
                    Table t = new MetaData().table("t", column("id", SqlTypes.INTEGER).primaryKey(),
                            column("ts", SqlTypes.TIMESTAMP), column("at", SqlTypes.INSTANT));
                    db.create(List.of(t));
                    db.update(t.insert(), Map.of("id", 1, "ts", IN_THE_GAP, "at", GAP_INSTANT));
                    assertEquals(List.of(List.of(IN_THE_GAP, GAP_INSTANT)), db.query(select(t.c("ts"), t.c("at"))),
                            target.toString());
                    if (target == Target.DERBY) {
                        // what the plain java.sql.Timestamp route would have done
                        try (PreparedStatement ps = db.connection.prepareStatement("UPDATE t SET ts = ?")) {
                            ps.setTimestamp(1, Timestamp.valueOf(IN_THE_GAP));
                            ps.executeUpdate();
                        }
                        try (ResultSet rs = db.connection.createStatement().executeQuery("SELECT ts FROM t")) {
                            rs.next();
                            assertNotEquals(IN_THE_GAP, rs.getTimestamp(1).toLocalDateTime());
                        }
                    }
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
