package dev.retort.dialect;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads DATE, TIME and TIMESTAMP values from the text form H2 and PostgreSQL give them
 * ({@code ResultSet.getString}), exactly: every digit of the fraction, no time zone involved.
 *
 * <p>JDBC 4.1's {@code ResultSet.getObject(int, Class)} would return {@code java.time} values
 * directly, but Android's {@code java.sql} lacks it; {@code getDate}/{@code getTime}/
 * {@code getTimestamp} go through a calendar, which moves wall-clock times in daylight-saving gaps
 * and dates before the Gregorian reform. The text is unambiguous: PostgreSQL's ISO {@code DateStyle}
 * (which pgjdbc requires) and H2's fixed format, both {@code [-]yyyy-MM-dd[ HH:mm:ss[.fffffffff]]}.
 * PostgreSQL adds {@code " BC"} for years before 1, writes {@code infinity}/{@code -infinity}, and
 * allows {@code 24:00:00} as a TIME: these read as pgjdbc's {@code getObject(int, Class)} reads them
 * ({@code MAX}/{@code MIN}, {@code LocalTime.MAX}).
 */
final class TemporalText {
    private TemporalText() {}

    static LocalDate date(String s) throws SQLException {
        if (s == null) {
            return null;
        }
        try {
            if (s.equals("infinity")) {
                return LocalDate.MAX;
            }
            if (s.equals("-infinity")) {
                return LocalDate.MIN;
            }
            boolean bc = s.endsWith(" BC");
            return datePart(bc ? s.substring(0, s.length() - 3) : s, bc);
        } catch (RuntimeException e) {
            throw unreadable(s, "DATE", e);
        }
    }

    static LocalTime time(String s) throws SQLException {
        if (s == null) {
            return null;
        }
        try {
            return timePart(s);
        } catch (RuntimeException e) {
            throw unreadable(s, "TIME", e);
        }
    }

    static LocalDateTime timestamp(String s) throws SQLException {
        if (s == null) {
            return null;
        }
        try {
            if (s.equals("infinity")) {
                return LocalDateTime.MAX;
            }
            if (s.equals("-infinity")) {
                return LocalDateTime.MIN;
            }
            boolean bc = s.endsWith(" BC");
            String t = bc ? s.substring(0, s.length() - 3) : s;
            int sep = t.indexOf(' ');
            if (sep < 0) {
                sep = t.indexOf('T');
            }
            if (sep < 0) {
                return datePart(t, bc).atStartOfDay();
            }
            LocalTime time = timePart(t.substring(sep + 1));
            return LocalDateTime.of(datePart(t.substring(0, sep), bc), time);
        } catch (RuntimeException e) {
            throw unreadable(s, "TIMESTAMP", e);
        }
    }

    /** {@code [+-]y+-MM-dd}; a BC year {@code n} is the proleptic year {@code 1 - n}. */
    private static LocalDate datePart(String t, boolean bc) {
        int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        int m = t.indexOf('-', start);
        int d = t.indexOf('-', m + 1);
        if (m < 0 || d < 0) {
            throw new DateTimeException("not yyyy-MM-dd");
        }
        int year = Integer.parseInt(t.substring(start, m));
        if (t.charAt(0) == '-') {
            year = -year;
        }
        if (bc) {
            year = 1 - year;
        }
        return LocalDate.of(year, Integer.parseInt(t.substring(m + 1, d)), Integer.parseInt(t.substring(d + 1)));
    }

    /** {@code HH:mm[:ss[.f…]]}, up to nine digits of fraction; {@code 24:00:00} is {@code LocalTime.MAX}. */
    private static LocalTime timePart(String t) {
        if (t.length() < 5 || t.charAt(2) != ':') {
            throw new DateTimeException("not HH:mm:ss");
        }
        int hour = Integer.parseInt(t.substring(0, 2));
        int minute = Integer.parseInt(t.substring(3, 5));
        int second = 0;
        int nano = 0;
        if (t.length() > 5) {
            if (t.charAt(5) != ':' || t.length() < 8) {
                throw new DateTimeException("not HH:mm:ss");
            }
            second = Integer.parseInt(t.substring(6, 8));
            if (t.length() > 8) {
                if (t.charAt(8) != '.' || t.length() == 9 || t.length() > 18) {
                    throw new DateTimeException("not HH:mm:ss.fffffffff");
                }
                String digits = t.substring(9);
                for (int i = 0; i < digits.length(); i++) {
                    if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                        throw new DateTimeException("not a fraction of a second");
                    }
                }
                nano = Integer.parseInt(digits);
                for (int i = digits.length(); i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        if (hour == 24 && minute == 0 && second == 0 && nano == 0) {
            return LocalTime.MAX;
        }
        return LocalTime.of(hour, minute, second, nano);
    }

    private static SQLException unreadable(String s, String type, RuntimeException cause) {
        return new SQLException("Cannot read '" + s + "' as a " + type + " value", "22007", cause);
    }
}
