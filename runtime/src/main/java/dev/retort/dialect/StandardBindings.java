package dev.retort.dialect;

import dev.retort.sql.JavaTime;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.TypeKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The JDBC bindings every driver understands: primitive setters and getters with
 * {@code wasNull()}, and the {@code java.sql} date types converted to and from {@code java.time}.
 * Dialects start from {@link #defaults()} and replace what their driver does differently.
 */
public final class StandardBindings {
    private StandardBindings() {}

    /** A fresh map of the standard binding for every kind. */
    public static Map<TypeKind, JdbcBinding> defaults() {
        Map<TypeKind, JdbcBinding> m = new EnumMap<>(TypeKind.class);
        m.put(TypeKind.INTEGER, INTEGER);
        m.put(TypeKind.BIGINT, BIGINT);
        m.put(TypeKind.SMALLINT, SMALLINT);
        m.put(TypeKind.VARCHAR, STRING);
        m.put(TypeKind.TEXT, CLOB_AS_STRING);
        m.put(TypeKind.ENUM, STRING);
        m.put(TypeKind.BOOLEAN, BOOLEAN);
        m.put(TypeKind.REAL, REAL);
        m.put(TypeKind.DOUBLE, DOUBLE);
        m.put(TypeKind.NUMERIC, NUMERIC);
        m.put(TypeKind.DATE, DATE);
        m.put(TypeKind.TIME, TIME);
        m.put(TypeKind.TIMESTAMP, TIMESTAMP);
        m.put(TypeKind.TIMESTAMP_TZ, OFFSET_DATE_TIME);
        m.put(TypeKind.UUID, UUID_OBJECT);
        m.put(TypeKind.BLOB, BYTES);
        m.put(TypeKind.VARBINARY, BYTES);
        m.put(TypeKind.NULL, null); // filled by Dialect with an untyped binding that dispatches on the value
        return m;
    }

    /** {@code Integer} through {@code setInt}/{@code getInt}; SQL NULL reads as {@code null}. */
    public static final JdbcBinding INTEGER = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setInt(i, ((Number) v).intValue());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return v == 0 && rs.wasNull() ? null : v;
        }
    };

    /** {@code Long} through {@code setLong}/{@code getLong}; SQL NULL reads as {@code null}. */
    public static final JdbcBinding BIGINT = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.BIGINT);
            } else {
                ps.setLong(i, ((Number) v).longValue());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return v == 0 && rs.wasNull() ? null : v;
        }
    };

    /** {@code Short} through {@code setShort}/{@code getShort}; SQL NULL reads as {@code null}. */
    public static final JdbcBinding SMALLINT = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.SMALLINT);
            } else {
                ps.setShort(i, ((Number) v).shortValue());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            short v = rs.getShort(i);
            return v == 0 && rs.wasNull() ? null : v;
        }
    };

    /** {@code String} through {@code setString}/{@code getString}, for VARCHAR and enum columns. */
    public static final JdbcBinding STRING = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, (String) v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }
    };

    /** Character large objects bound with setString and read with getString. */
    public static final JdbcBinding CLOB_AS_STRING = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.CLOB);
            } else {
                ps.setString(i, (String) v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }
    };

    /** {@code Boolean} through {@code setBoolean}/{@code getBoolean}; SQL NULL reads as {@code null}. */
    public static final JdbcBinding BOOLEAN = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.BOOLEAN);
            } else {
                ps.setBoolean(i, (Boolean) v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            boolean v = rs.getBoolean(i);
            return !v && rs.wasNull() ? null : v;
        }
    };

    /** {@code Float} through {@code setFloat}/{@code getFloat}; SQL NULL reads as {@code null}. */
    public static final JdbcBinding REAL = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.REAL);
            } else {
                ps.setFloat(i, ((Number) v).floatValue());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            float v = rs.getFloat(i);
            return v == 0f && rs.wasNull() ? null : v;
        }
    };

    /** {@code Double} through {@code setDouble}/{@code getDouble}; SQL NULL reads as {@code null}. */
    public static final JdbcBinding DOUBLE = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.DOUBLE);
            } else {
                ps.setDouble(i, ((Number) v).doubleValue());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            double v = rs.getDouble(i);
            return v == 0d && rs.wasNull() ? null : v;
        }
    };

    /** {@code BigDecimal} through {@code setBigDecimal}/{@code getBigDecimal}. */
    public static final JdbcBinding NUMERIC = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.NUMERIC);
            } else {
                ps.setBigDecimal(i, (BigDecimal) v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBigDecimal(i);
        }
    };

    /** {@code LocalDate} through {@code java.sql.Date} ({@code setDate}/{@code getDate}). */
    public static final JdbcBinding DATE = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.DATE);
            } else {
                ps.setDate(i, JavaTime.date((LocalDate) v));
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Date d = rs.getDate(i);
            return d == null ? null : JavaTime.localDate(d);
        }
    };

    /** {@code LocalTime} through {@code java.sql.Time} ({@code setTime}/{@code getTime}). */
    public static final JdbcBinding TIME = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.TIME);
            } else {
                ps.setTime(i, JavaTime.time((LocalTime) v));
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Time t = rs.getTime(i);
            return t == null ? null : JavaTime.localTime(t);
        }
    };

    /** {@code LocalDateTime} through {@code java.sql.Timestamp} ({@code setTimestamp}/{@code getTimestamp}). */
    public static final JdbcBinding TIMESTAMP = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.TIMESTAMP);
            } else {
                ps.setTimestamp(i, JavaTime.timestamp((LocalDateTime) v));
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Timestamp t = rs.getTimestamp(i);
            return t == null ? null : JavaTime.localDateTime(t);
        }
    };

    /** TIMESTAMP WITH TIME ZONE through JDBC 4.2's {@code OffsetDateTime}. */
    public static final JdbcBinding OFFSET_DATE_TIME = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(i, toOffsetDateTime(v), Types.TIMESTAMP_WITH_TIMEZONE);
            }
        }

        /**
         * H2 gives an {@code OffsetDateTime}, pgjdbc a {@code Timestamp} of the instant, which comes
         * back at offset UTC as pgjdbc's {@code getObject(i, OffsetDateTime.class)} would
         * (JDBC 4.1's {@code getObject(int, Class)} is not on Android).
         */
        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Object o = rs.getObject(i);
            if (o == null || o instanceof OffsetDateTime) {
                return o;
            }
            if (o instanceof Timestamp) {
                return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
            }
            if (o instanceof Instant) {
                return ((Instant) o).atOffset(ZoneOffset.UTC);
            }
            throw new SQLException("Cannot read a " + o.getClass().getName() + " as TIMESTAMP WITH TIME ZONE", "22007");
        }
    };

    /**
     * TIMESTAMP WITH TIME ZONE kept as a plain TIMESTAMP in UTC, for databases without the type
     * (Derby): the instant survives, the offset comes back as UTC.
     *
     * <p>The value travels as an instant with a UTC {@link Calendar}, never through the JVM's
     * default time zone: {@code Timestamp.valueOf} of a UTC wall-clock time that falls in a
     * daylight-saving gap of the default zone (02:30 on the last Sunday of March in Berlin) would
     * silently move it by an hour.
     */
    public static final JdbcBinding UTC_TIMESTAMP = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.TIMESTAMP);
            } else {
                ps.setTimestamp(i, JavaTime.timestamp(toOffsetDateTime(v).toInstant()), utcCalendar());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Timestamp t = rs.getTimestamp(i, utcCalendar());
            return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
        }
    };

    /** A fresh calendar in UTC (calendars are mutable, so one per call). */
    static Calendar utcCalendar() {
        return Calendar.getInstance(UTC, Locale.ROOT);
    }

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** Converts the Java values a TIMESTAMP WITH TIME ZONE column accepts. */
    public static OffsetDateTime toOffsetDateTime(Object v) {
        if (v instanceof OffsetDateTime) {
            return (OffsetDateTime) v;
        }
        if (v instanceof Instant) {
            return ((Instant) v).atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a timestamp with time zone: " + v.getClass().getName());
    }

    /** UUID through {@code setObject}, for drivers with a native UUID type. */
    public static final JdbcBinding UUID_OBJECT = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.OTHER);
            } else {
                ps.setObject(i, v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Object o = rs.getObject(i);
            return o == null || o instanceof UUID ? o : UUID.fromString(o.toString().trim());
        }
    };

    /** UUID kept as its 36-character string, for databases without the type. */
    public static final JdbcBinding UUID_STRING = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.CHAR);
            } else {
                ps.setString(i, v.toString());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String s = rs.getString(i);
            return s == null ? null : UUID.fromString(s.trim());
        }
    };

    /**
     * {@code byte[]} through {@code setBytes}/{@code getBytes}, NULL typed as VARBINARY; the
     * default for both VARBINARY and BLOB columns (see {@link #BLOB_BYTES} for Derby's BLOB).
     */
    public static final JdbcBinding BYTES = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.VARBINARY);
            } else {
                ps.setBytes(i, (byte[]) v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBytes(i);
        }
    };

    /**
     * Binary large objects bound with setBytes and read with getBytes; NULL typed as BLOB, which
     * Derby requires for a BLOB column (it refuses a VARBINARY NULL there).
     */
    public static final JdbcBinding BLOB_BYTES = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.BLOB);
            } else {
                ps.setBytes(i, (byte[]) v);
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBytes(i);
        }
    };

    /**
     * Normalizes what {@code getObject} returns for a column of unknown type: legacy
     * {@code java.sql} dates become {@code java.time}, LOBs are read into strings and arrays.
     */
    public static Object normalize(Object v) throws SQLException {
        if (v instanceof Timestamp) {
            return JavaTime.localDateTime((Timestamp) v);
        }
        if (v instanceof Date) {
            return JavaTime.localDate((Date) v);
        }
        if (v instanceof Time) {
            return JavaTime.localTime((Time) v);
        }
        if (v instanceof Clob) {
            Clob c = (Clob) v;
            try (Reader r = c.getCharacterStream()) {
                StringBuilder b = new StringBuilder();
                char[] buf = new char[4096];
                int n;
                while ((n = r.read(buf)) > 0) {
                    b.append(buf, 0, n);
                }
                return b.toString();
            } catch (IOException e) {
                throw new SQLException("Could not read CLOB", e);
            }
        }
        if (v instanceof Blob) {
            Blob b = (Blob) v;
            try (InputStream in = b.getBinaryStream()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new SQLException("Could not read BLOB", e);
            }
        }
        return v;
    }

    /** The kind a bare value would have; see {@link SqlTypes#forValue}. */
    static TypeKind kindOf(Object value) {
        return SqlTypes.forValue(value).kind();
    }
}
