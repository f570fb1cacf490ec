package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The text forms of H2 and PostgreSQL read as their drivers' {@code getObject(int, Class)} would. */
class TemporalTextTest {

    @Test
    void dates() throws SQLException {
        assertEquals(LocalDate.of(2024, 2, 29), TemporalText.date("2024-02-29"));
        assertEquals(LocalDate.of(1000, 1, 1), TemporalText.date("1000-01-01"));
        assertEquals(LocalDate.of(-43, 3, 15), TemporalText.date("0044-03-15 BC"), "PostgreSQL: 44 BC is year -43");
        assertEquals(LocalDate.of(-43, 3, 15), TemporalText.date("-0043-03-15"), "H2: a negative proleptic year");
        assertEquals(LocalDate.of(10000, 1, 1), TemporalText.date("10000-01-01"));
        assertEquals(LocalDate.MAX, TemporalText.date("infinity"));
        assertEquals(LocalDate.MIN, TemporalText.date("-infinity"));
        assertNull(TemporalText.date(null));
    }

    @Test
    void times() throws SQLException {
        assertEquals(LocalTime.of(13, 45, 30), TemporalText.time("13:45:30"));
        assertEquals(LocalTime.of(13, 45, 30, 120_000_000), TemporalText.time("13:45:30.12"));
        assertEquals(LocalTime.of(0, 0, 0, 123_456_789), TemporalText.time("00:00:00.123456789"));
        assertEquals(LocalTime.of(7, 5), TemporalText.time("07:05"));
        assertEquals(LocalTime.MAX, TemporalText.time("24:00:00"), "PostgreSQL's end of day, as pgjdbc reads it");
        assertNull(TemporalText.time(null));
    }

    @Test
    void timestamps() throws SQLException {
        assertEquals(LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000),
                TemporalText.timestamp("2024-03-31 02:30:00.123456"));
        assertEquals(LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_789),
                TemporalText.timestamp("2024-03-31T02:30:00.123456789"));
        assertEquals(LocalDateTime.of(-43, 3, 15, 12, 0), TemporalText.timestamp("0044-03-15 12:00:00 BC"));
        assertEquals(LocalDateTime.MAX, TemporalText.timestamp("infinity"));
        assertEquals(LocalDateTime.MIN, TemporalText.timestamp("-infinity"));
    }

    @Test
    void anythingElseIsAClearDataError() {
        for (String bad : new String[] {"", "2024/02/29", "2024-02-30", "2024-02", "x024-02-29"}) {
            SQLException e = assertThrows(SQLException.class, () -> TemporalText.date(bad), bad);
            assertEquals("22007", e.getSQLState(), bad);
        }
        for (String bad : new String[] {"", "13h45", "13:45:30.", "13:45:30.1234567890", "25:00:00", "13:45:3x",
                "13:45:30.-5"}) {
            SQLException e = assertThrows(SQLException.class, () -> TemporalText.time(bad), bad);
            assertEquals("22007", e.getSQLState(), bad);
        }
        SQLException e = assertThrows(SQLException.class, () -> TemporalText.timestamp("2024-02-29 25:00:00"));
        assertEquals("Cannot read '2024-02-29 25:00:00' as a TIMESTAMP value", e.getMessage());
    }
}
