package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * {@link JavaTime} does what the JDK's Java 8 conversions (which Android lacks) do, value for value,
 * in time zones with daylight-saving gaps at 02:00 (Berlin) and at midnight (São Paulo, 2018).
 */
class JavaTimeTest {
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata");
    private static final List<LocalDateTime> DATE_TIMES = List.of(
            LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789),
            LocalDateTime.of(2024, 3, 31, 2, 30, 0, 1),           // Berlin's gap
            LocalDateTime.of(2018, 11, 4, 0, 15),                 // São Paulo's gap, at midnight
            LocalDateTime.of(2024, 10, 27, 2, 30, 0, 999_999_999), // Berlin's overlap
            LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999),
            LocalDateTime.of(1970, 1, 1, 0, 0),
            LocalDateTime.of(1500, 6, 15, 12, 0, 0, 1000),         // before the Gregorian reform
            LocalDateTime.of(1, 1, 1, 0, 0),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999));

    @Test
    void conversionsMatchTheJdkInEveryZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                for (LocalDateTime v : DATE_TIMES) {
                    String where = v + " in " + zone;
                    Timestamp ts = JavaTime.timestamp(v);
                    assertEquals(Timestamp.valueOf(v), ts, where);
                    assertEquals(Timestamp.valueOf(v).toLocalDateTime(), JavaTime.localDateTime(ts), where);

                    Date d = JavaTime.date(v.toLocalDate());
                    assertEquals(Date.valueOf(v.toLocalDate()), d, where);
                    assertEquals(d.toLocalDate(), JavaTime.localDate(d), where);

                    LocalTime t = v.toLocalTime();
                    assertEquals(Time.valueOf(t), JavaTime.time(t), where);
                    assertEquals(Time.valueOf(t).toLocalTime(), JavaTime.localTime(JavaTime.time(t)), where);

                    Instant instant = v.toInstant(java.time.ZoneOffset.UTC);
                    assertEquals(Timestamp.from(instant), JavaTime.timestamp(instant), where);
                    assertEquals(instant, JavaTime.timestamp(instant).toInstant(), where);
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void wallClockTimesOutsideTheGapRoundTripExactly() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            LocalDateTime v = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789);
            assertEquals(v, JavaTime.localDateTime(JavaTime.timestamp(v)));
            assertEquals(LocalDate.of(1000, 1, 1), JavaTime.localDate(JavaTime.date(LocalDate.of(1000, 1, 1))));
            assertEquals(LocalTime.of(23, 59, 59), JavaTime.localTime(JavaTime.time(LocalTime.of(23, 59, 59, 5))));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void anInstantBeyondTimestampsRangeIsAnArgumentError() {
        assertThrows(IllegalArgumentException.class, () -> JavaTime.timestamp(Instant.MAX));
    }
}
