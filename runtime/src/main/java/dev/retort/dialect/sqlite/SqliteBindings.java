package dev.retort.dialect.sqlite;

import dev.retort.dialect.JdbcBinding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How SQLite (xerial sqlite-jdbc) keeps the values SQLite has no type for.
 *
 * <p>Dates and times are ISO-8601 text: {@code 2024-02-29}, {@code 13:45:30.5},
 * {@code 2024-02-29 13:45:30.123456}, {@code 2024-02-29 13:45:30+05:30}. Seconds are always
 * written and trailing zeros of the fraction never, so equal values have equal text, text order
 * is time order (offsets aside), and whole seconds look exactly like SQLite's own
 * {@code datetime('now')} and {@code CURRENT_TIMESTAMP}, which its date functions understand.
 * xerial's {@code setDate}/{@code setTimestamp} would instead store milliseconds since the epoch
 * computed in the JVM's time zone: unreadable in SQL, opaque to SQLite's date functions, and shifted
 * when the zone changes. Such numbers are still read (as xerial reads them) for old data; a
 * {@code T} separator is accepted too.
 *
 * <p>NUMERIC values are bound as their exact decimal text. A NUMERIC column's affinity turns that
 * text into an INTEGER or REAL when the conversion keeps the first 15 significant digits, so
 * values up to 15 digits round-trip exactly and more digits are rounded; the declared scale is
 * restored on reading ({@code 12.30} in a NUMERIC(10, 2) column reads back as {@code 12.30}, not
 * {@code 12.3}).
 */
final class SqliteBindings {
    private SqliteBindings() {}

    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{5,}");

    /** {@code HH:mm:ss} and the fraction without trailing zeros, or none. */
    static final DateTimeFormatter TIME_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter(Locale.ROOT);

    static final DateTimeFormatter TIMESTAMP_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(TIME_FORMAT)
            .toFormatter(Locale.ROOT);

    static final DateTimeFormatter TIMESTAMP_TZ_FORMAT = new DateTimeFormatterBuilder()
            .append(TIMESTAMP_FORMAT)
            .appendOffset("+HH:MM:ss", "+00:00")
            .toFormatter(Locale.ROOT);

    static final JdbcBinding DATE = text(v -> ((LocalDate) v).toString(), s -> isEpoch(s)
            ? Instant.ofEpochMilli(Long.parseLong(s)).atZone(ZoneId.systemDefault()).toLocalDate()
            : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));

    static final JdbcBinding TIME = text(v -> TIME_FORMAT.format((LocalTime) v), s -> isEpoch(s)
            ? Instant.ofEpochMilli(Long.parseLong(s)).atZone(ZoneId.systemDefault()).toLocalTime()
            : LocalTime.parse(s));

    static final JdbcBinding TIMESTAMP = text(v -> TIMESTAMP_FORMAT.format((LocalDateTime) v), s -> isEpoch(s)
            ? LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), ZoneId.systemDefault())
            : LocalDateTime.parse(s.replace(' ', 'T')));

    /** Text with the offset; a value without one (SQLite's own CURRENT_TIMESTAMP) is UTC. */
    static final JdbcBinding TIMESTAMP_TZ = text(v -> TIMESTAMP_TZ_FORMAT.format(toOffsetDateTime(v)), s -> {
        if (isEpoch(s)) {
            return Instant.ofEpochMilli(Long.parseLong(s)).atOffset(ZoneOffset.UTC);
        }
        String iso = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
        }
    });

    /** Exact decimal text in, BigDecimal out with the column's declared scale restored. */
    static final JdbcBinding NUMERIC = new JdbcBinding() {
        @Override
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.NUMERIC);
            } else {
                ps.setString(i, ((BigDecimal) v).toPlainString());
            }
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String s = rs.getString(i);
            if (s == null) {
                return null;
            }
            BigDecimal d;
            try {
                d = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new SQLException("Column " + i + " holds '" + s + "', which is not a number", "22018", e);
            }
            int scale = rs.getMetaData().getScale(i);
            return scale > d.scale() ? d.setScale(scale) : d;
        }
    };

    private static boolean isEpoch(String s) {
        return EPOCH_MILLIS.matcher(s).matches();
    }

    private static OffsetDateTime toOffsetDateTime(Object v) {
        return v instanceof Instant ? ((Instant) v).atOffset(ZoneOffset.UTC) : (OffsetDateTime) v;
    }

    private static JdbcBinding text(Function<Object, String> format, Function<String, Object> parse) {
        return new JdbcBinding() {
            @Override
            public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
                if (v == null) {
                    ps.setNull(i, Types.VARCHAR);
                } else {
                    ps.setString(i, format.apply(v));
                }
            }

            @Override
            public Object read(ResultSet rs, int i) throws SQLException {
                String s = rs.getString(i);
                if (s == null) {
                    return null;
                }
                try {
                    return parse.apply(s.trim());
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw new SQLException("Column " + i + " holds '" + s + "', which is not an ISO-8601 date or time",
                            "22007", e);
                }
            }
        };
    }
}
