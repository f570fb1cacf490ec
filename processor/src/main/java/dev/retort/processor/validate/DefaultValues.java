package dev.retort.processor.validate;

import dev.retort.processor.model.ColumnModel;
import dev.retort.sql.TypeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Checks a {@code @Column(defaultValue)} against the column's type at compile time and
 * normalizes it, so generated code holds a typed literal that cannot fail at run time.
 */
final class DefaultValues {
    private DefaultValues() {}

    /** The normalized literal, or {@code null} when {@code text} is not a valid value of the column's type. */
    static String normalize(ColumnModel c, String text) {
        TypeKind kind = c.type().kind();
        try {
            switch (kind) {
                case INTEGER: return Integer.toString(Integer.parseInt(text));
                case BIGINT: return Long.toString(Long.parseLong(text));
                case SMALLINT: return Short.toString(Short.parseShort(text));
                case BOOLEAN:
                    return text.equals("true") || text.equals("false") ? text : null;
                case DOUBLE: {
                    double d = Double.parseDouble(text);
                    return Double.isFinite(d) ? Double.toString(d) : null;
                }
                case REAL: {
                    float f = Float.parseFloat(text);
                    return Float.isFinite(f) ? Float.toString(f) : null;
                }
                case VARCHAR: case TEXT: return text;
                case NUMERIC: return new BigDecimal(text).toString();
                case DATE: return LocalDate.parse(text).toString();
                case TIME: return LocalTime.parse(text).toString();
                case TIMESTAMP: return LocalDateTime.parse(text).toString();
                case TIMESTAMP_TZ:
                    return c.type().javaClass() != null ? Instant.parse(text).toString()
                            : OffsetDateTime.parse(text).toString();
                case UUID: {
                    UUID u = UUID.fromString(text);
                    return u.toString().equals(text.toLowerCase(Locale.ROOT)) ? u.toString() : null;
                }
                case ENUM: return c.type().enumValues().contains(text) ? text : null;
                default: return null;
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }
}
