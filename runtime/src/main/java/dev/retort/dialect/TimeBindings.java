package dev.retort.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Date and time bindings that avoid the JVM's default time zone, which
 * {@code java.sql.Timestamp.valueOf} goes through: a wall-clock time inside that zone's
 * daylight-saving gap (02:30 on 31 March 2024 in Berlin) would move by an hour. Drivers with
 * JDBC 4.2 {@code java.time} support (H2, PostgreSQL) take the values as they are; for Derby,
 * which has none, timestamps travel with a UTC calendar.
 */
public final class TimeBindings {
    private TimeBindings() {}

    /** DATE as {@code LocalDate} through {@code setObject}/{@code getObject}. */
    public static final JdbcBinding LOCAL_DATE = javaTime(Types.DATE, LocalDate.class);

    /** TIME as {@code LocalTime} through {@code setObject}/{@code getObject}. */
    public static final JdbcBinding LOCAL_TIME = javaTime(Types.TIME, LocalTime.class);

    /**
     * TIMESTAMP as {@code LocalDateTime} through {@code setObject}/{@code getObject}. pgjdbc sends
     * it typed as {@code timestamp}, where {@code setTimestamp} would send it untyped.
     */
    public static final JdbcBinding LOCAL_DATE_TIME = javaTime(Types.TIMESTAMP, LocalDateTime.class);

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
                Timestamp t = Timestamp.from(((LocalDateTime) v).toInstant(ZoneOffset.UTC));
                ps.setTimestamp(i, t, StandardBindings.utcCalendar());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Timestamp t = rs.getTimestamp(i, StandardBindings.utcCalendar());
            return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
        }
    };

    private static JdbcBinding javaTime(int sqlType, Class<?> javaType) {
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
                return rs.getObject(i, javaType);
            }
        };
    }
}
