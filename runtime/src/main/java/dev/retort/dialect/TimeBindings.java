package dev.retort.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import dev.retort.sql.JavaTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Date and time bindings that avoid the JVM's default time zone, which
 * {@code java.sql.Timestamp.valueOf} goes through: a wall-clock time inside that zone's
 * daylight-saving gap (02:30 on 31 March 2024 in Berlin) would move by an hour. Drivers with
 * JDBC 4.2 {@code java.time} support (H2, PostgreSQL) take the values as they are and give them
 * back as text, read exactly (nothing here uses an API Android 8 lacks); for Derby, which has no
 * {@code java.time} support, timestamps travel with a UTC calendar.
 */
public final class TimeBindings {
    private TimeBindings() {}

    /** DATE as {@code LocalDate}: bound with {@code setObject}, read from its text (see {@link TemporalText}). */
    public static final JdbcBinding LOCAL_DATE = javaTime(Types.DATE, 'D');

    /** TIME as {@code LocalTime}: bound with {@code setObject}, read from its text. */
    public static final JdbcBinding LOCAL_TIME = javaTime(Types.TIME, 'T');

    /**
     * TIMESTAMP as {@code LocalDateTime}: bound with {@code setObject} (pgjdbc sends it typed as
     * {@code timestamp}, where {@code setTimestamp} would send it untyped), read from its text.
     */
    public static final JdbcBinding LOCAL_DATE_TIME = javaTime(Types.TIMESTAMP, 'S');

    /**
     * TIMESTAMP as {@code LocalDateTime} through {@code java.sql.Timestamp} and a UTC calendar, for
     * drivers without {@code java.time} support (Derby): every wall-clock time round-trips.
     */
    public static final JdbcBinding TIMESTAMP_UTC_CALENDAR = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.TIMESTAMP);
            } else {
                Timestamp t = JavaTime.timestamp(((LocalDateTime) v).toInstant(ZoneOffset.UTC));
                ps.setTimestamp(i, t, StandardBindings.utcCalendar());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Timestamp t = rs.getTimestamp(i, StandardBindings.utcCalendar());
            return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
        }
    };

    /**
     * Binds the {@code java.time} value with JDBC 4.2's {@code setObject} and reads the column's
     * text: {@code getObject(int, Class)} is JDBC 4.1, which Android's {@code java.sql} lacks.
     */
    private static JdbcBinding javaTime(int sqlType, char kind) {
        return new JdbcBinding() {
            @Override
            public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
                if (v == null) {
                    ps.setNull(i, sqlType);
                } else {
                    ps.setObject(i, v);
                }
            }

            @Override
            public Object read(ResultSet rs, int i) throws SQLException {
                String text = rs.getString(i);
                switch (kind) {
                    case 'D':
                        return TemporalText.date(text);
                    case 'T':
                        return TemporalText.time(text);
                    default:
                        return TemporalText.timestamp(text);
                }
            }
        };
    }
}
