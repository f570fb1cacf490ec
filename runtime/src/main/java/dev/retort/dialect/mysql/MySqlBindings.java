package dev.retort.dialect.mysql;

import dev.retort.dialect.JdbcBinding;
import dev.retort.dialect.StandardBindings;
import dev.retort.dialect.TimeBindings;
import dev.retort.sql.TypeKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * How MySQL and MariaDB values are bound and read. DATE and TIME travel as {@code java.time}
 * values and are read from their text; a DATETIME travels as a {@code java.sql.Timestamp} with a
 * UTC calendar, so a wall-clock time in the JVM zone's daylight-saving gap does not move (the
 * driver's text of a DATETIME goes through the JVM's zone, and Android lacks
 * {@code getObject(int, Class)}); TIMESTAMP WITH TIME
 * ZONE is a {@code DATETIME(6)} holding the UTC wall-clock time, so neither the JVM's nor the
 * session's time zone ({@code time_zone}) can move it; UUIDs are their 36-character strings.
 */
final class MySqlBindings {
    private MySqlBindings() {}

    static Map<TypeKind, JdbcBinding> bindings() {
        Map<TypeKind, JdbcBinding> m = StandardBindings.defaults();
        m.put(TypeKind.TEXT, StandardBindings.STRING);
        m.put(TypeKind.DATE, TimeBindings.LOCAL_DATE);
        m.put(TypeKind.TIME, TimeBindings.LOCAL_TIME);
        m.put(TypeKind.TIMESTAMP, TimeBindings.TIMESTAMP_UTC_CALENDAR);
        m.put(TypeKind.TIMESTAMP_TZ, UTC_DATETIME);
        m.put(TypeKind.UUID, StandardBindings.UUID_STRING);
        return m;
    }

    /** An instant as the UTC wall-clock time in a DATETIME; read back at offset UTC. */
    static final JdbcBinding UTC_DATETIME = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.TIMESTAMP);
            } else {
                LocalDateTime utc = LocalDateTime.ofInstant(StandardBindings.toOffsetDateTime(v).toInstant(),
                        ZoneOffset.UTC);
                TimeBindings.TIMESTAMP_UTC_CALENDAR.bind(ps, i, utc);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            LocalDateTime t = (LocalDateTime) TimeBindings.TIMESTAMP_UTC_CALENDAR.read(rs, i);
            return t == null ? null : t.atOffset(ZoneOffset.UTC);
        }
    };
}
