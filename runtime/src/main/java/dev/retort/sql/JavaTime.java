package dev.retort.sql;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Conversions between {@code java.time} and the legacy {@code java.sql} date types, written with
 * the API that Android (API 26) has.
 *
 * <p>Java 8 added {@code Timestamp.valueOf(LocalDateTime)}, {@code Timestamp.toLocalDateTime()},
 * {@code Timestamp.from(Instant)}, {@code Date.valueOf(LocalDate)}, {@code Date.toLocalDate()},
 * {@code Time.valueOf(LocalTime)} and {@code Time.toLocalTime()}; Android's {@code java.sql} has
 * none of them (not even at API 33). Each method here does exactly what the JDK's method does —
 * the same calendar fields through the same deprecated constructors and getters, in the JVM's
 * default time zone, with the nanoseconds carried separately — so a value converts to the same
 * result on both platforms. {@code JavaTimeTest} checks that against the JDK's methods.
 */
public final class JavaTime {
    private JavaTime() {}

    /** {@code Timestamp.valueOf(LocalDateTime)}: the same wall-clock time in the default zone, nanoseconds kept. */
    @SuppressWarnings("deprecation")
    public static Timestamp timestamp(LocalDateTime v) {
        return new Timestamp(v.getYear() - 1900, v.getMonthValue() - 1, v.getDayOfMonth(), v.getHour(),
                v.getMinute(), v.getSecond(), v.getNano());
    }

    /** {@code Timestamp.toLocalDateTime()}: the wall-clock time in the default zone, nanoseconds kept. */
    @SuppressWarnings("deprecation")
    public static LocalDateTime localDateTime(Timestamp t) {
        return LocalDateTime.of(t.getYear() + 1900, t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(),
                t.getSeconds(), t.getNanos());
    }

    /** {@code Timestamp.from(Instant)}: the same instant, nanoseconds kept. */
    public static Timestamp timestamp(Instant instant) {
        long millis;
        try {
            millis = Math.multiplyExact(instant.getEpochSecond(), 1000L);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e);
        }
        Timestamp t = new Timestamp(millis);
        t.setNanos(instant.getNano());
        return t;
    }

    /** {@code Date.valueOf(LocalDate)}: midnight of that day in the default zone. */
    @SuppressWarnings("deprecation")
    public static Date date(LocalDate v) {
        return new Date(v.getYear() - 1900, v.getMonthValue() - 1, v.getDayOfMonth());
    }

    /** {@code Date.toLocalDate()}: the day in the default zone. */
    @SuppressWarnings("deprecation")
    public static LocalDate localDate(Date d) {
        return LocalDate.of(d.getYear() + 1900, d.getMonth() + 1, d.getDate());
    }

    /** {@code Time.valueOf(LocalTime)}: that time of 1 January 1970 in the default zone, whole seconds. */
    @SuppressWarnings("deprecation")
    public static Time time(LocalTime v) {
        return new Time(v.getHour(), v.getMinute(), v.getSecond());
    }

    /** {@code Time.toLocalTime()}: the time of day in the default zone, whole seconds. */
    @SuppressWarnings("deprecation")
    public static LocalTime localTime(Time t) {
        return LocalTime.of(t.getHours(), t.getMinutes(), t.getSeconds());
    }
}
