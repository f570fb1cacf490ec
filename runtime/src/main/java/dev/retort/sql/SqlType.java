package dev.retort.sql;

import dev.retort.exc.TypeMismatchException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A SQL type together with the Java type its values have: {@code INTEGER} and {@code Integer},
 * {@code VARCHAR(50)} and {@code String}. Instances are immutable; the common ones are constants
 * of {@link SqlTypes}.
 *
 * <p>A type checks values before they are bound ({@link #coerce}): a value of the wrong Java type
 * raises {@link TypeMismatchException} naming the column, the type and the value's class. Numbers
 * are widened or narrowed between the integer types when the value fits, so {@code 3} binds to a
 * {@code BIGINT} column.
 *
 * <p>How a value travels through JDBC is the dialect's business: {@code UUID} is native on
 * PostgreSQL and H2 but {@code CHAR(36)} on Derby and SQLite.
 *
 * @param <T> the Java type of values of this type
 */
public class SqlType<T> {
    private final TypeKind kind;
    private final Class<T> javaType;
    private final Integer length;
    private final Integer precision;
    private final Integer scale;

    /**
     * A type of {@code kind} whose values are {@code javaType}; {@code length}, {@code precision} and
     * {@code scale} are {@code null} when unset. For subclasses such as {@link EnumType} and
     * {@link ConvertedType}; other code uses the constants and factories of {@link SqlTypes}.
     */
    protected SqlType(TypeKind kind, Class<T> javaType, Integer length, Integer precision, Integer scale) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.length = length;
        this.precision = precision;
        this.scale = scale;
    }

    static <T> SqlType<T> of(TypeKind kind, Class<T> javaType) {
        return new SqlType<>(kind, javaType, null, null, null);
    }

    /** The generic kind of this type. */
    public TypeKind kind() {
        return kind;
    }

    /** The Java type values of this type have once read. */
    public Class<T> javaType() {
        return javaType;
    }

    /** Maximum length for VARCHAR, VARBINARY and ENUM; {@code null} when unbounded or unset. */
    public Integer length() {
        return length;
    }

    /** Precision for NUMERIC; {@code null} when unset. */
    public Integer precision() {
        return precision;
    }

    /** Scale for NUMERIC; {@code null} when unset. */
    public Integer scale() {
        return scale;
    }

    /** Whether values of this type are numbers (for arithmetic and aggregates). */
    public boolean isNumeric() {
        switch (kind) {
            case INTEGER: case BIGINT: case SMALLINT: case REAL: case DOUBLE: case NUMERIC:
                return true;
            default:
                return false;
        }
    }

    /** Whether values of this type are character strings. */
    public boolean isString() {
        return kind == TypeKind.VARCHAR || kind == TypeKind.TEXT || kind == TypeKind.ENUM;
    }

    /**
     * Checks a value before it is bound and converts it to {@link #javaType()} where that loses
     * nothing ({@code Integer} to {@code Long}, {@code Instant} to {@code OffsetDateTime}, …).
     *
     * @param value the value, may be {@code null}
     * @param context what the value is for, used in the message (e.g. "column users.id")
     * @return the value as {@code T}
     * @throws TypeMismatchException when the value cannot be a {@code T}
     */
    /**
     * Whether {@link #coerce} would return {@code value} itself, unchecked and unconverted: lets a
     * caller skip building the context of an error message that cannot happen. Only this class
     * and {@link ConvertedType} say yes: a subclass may check the values of its own Java type
     * (as enums do), so for others the caller calls {@code coerce}.
     */
    boolean takesAsIs(Object value) {
        return getClass() == SqlType.class && (value == null || javaType.isInstance(value));
    }

    public T coerce(Object value, String context) {
        if (value == null || javaType.isInstance(value)) {
            return javaType.cast(value);
        }
        Object converted = convert(value);
        if (converted == null) {
            throw new TypeMismatchException(
                    "Value " + describe(value) + " is not valid for " + context + " of type " + this
                            + ", which takes " + javaType.getSimpleName()
                            + ": pass a " + javaType.getSimpleName() + " value");
        }
        return javaType.cast(converted);
    }

    private Object convert(Object value) {
        switch (kind) {
            case INTEGER:
                return value instanceof Number ? exactInteger((Number) value, Integer.MIN_VALUE, Integer.MAX_VALUE, true) : null;
            case SMALLINT:
                return value instanceof Number ? exactInteger((Number) value, Short.MIN_VALUE, Short.MAX_VALUE, false) : null;
            case BIGINT:
                if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
                    return ((Number) value).longValue();
                }
                if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
                    return ((BigInteger) value).longValue();
                }
                return null;
            case DOUBLE:
                return value instanceof Number && !(value instanceof BigDecimal) ? ((Number) value).doubleValue() : null;
            case REAL:
                return value instanceof Number && !(value instanceof BigDecimal) && !(value instanceof Double)
                        ? ((Number) value).floatValue() : null;
            case NUMERIC:
                if (value instanceof Double || value instanceof Float) {
                    return BigDecimal.valueOf(((Number) value).doubleValue());
                }
                if (value instanceof BigInteger) {
                    return new BigDecimal((BigInteger) value);
                }
                return value instanceof Number ? BigDecimal.valueOf(((Number) value).longValue()) : null;
            case VARCHAR:
            case TEXT:
                return value instanceof CharSequence || value instanceof Character ? value.toString() : null;
            case TIMESTAMP:
                return value instanceof Timestamp ? JavaTime.localDateTime((Timestamp) value) : null;
            case DATE:
                return value instanceof java.sql.Date ? JavaTime.localDate((java.sql.Date) value) : null;
            case TIME:
                return value instanceof java.sql.Time ? JavaTime.localTime((java.sql.Time) value) : null;
            case TIMESTAMP_TZ:
                return convertInstant(value);
            default:
                return null;
        }
    }

    private Object convertInstant(Object value) {
        OffsetDateTime odt = null;
        if (value instanceof OffsetDateTime) {
            odt = (OffsetDateTime) value;
        } else if (value instanceof Instant) {
            odt = ((Instant) value).atOffset(ZoneOffset.UTC);
        } else if (value instanceof ZonedDateTime) {
            odt = ((ZonedDateTime) value).toOffsetDateTime();
        } else if (value instanceof Timestamp) {
            odt = ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
        }
        if (odt == null) {
            return null;
        }
        return javaType == Instant.class ? odt.toInstant() : odt;
    }

    private static Object exactInteger(Number n, long min, long max, boolean toInteger) {
        if (n instanceof Double || n instanceof Float || n instanceof BigDecimal) {
            return null;
        }
        if (n instanceof BigInteger && ((BigInteger) n).bitLength() >= 64) {
            return null;
        }
        long v = n.longValue();
        if (v < min || v > max) {
            return null;
        }
        return toInteger ? Integer.valueOf((int) v) : Short.valueOf((short) v);
    }

    static String describe(Object value) {
        String shown = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return shown + " (" + value.getClass().getSimpleName() + ")";
    }

    /**
     * Reads a value this type's dialect binding produced back into {@code T}; used for values
     * read from the database whose driver representation differs (Derby's {@code CHAR(36)} UUID,
     * SQLite's text dates). Subclasses for converted and enum types override it.
     */
    public T fromDatabase(Object stored) {
        if (stored == null || javaType.isInstance(stored)) {
            return javaType.cast(stored);
        }
        // a binding reads one Java type per kind: OffsetDateTime for an Instant column, say
        return coerce(stored, "a value read from a " + this + " column");
    }

    /** The inverse of {@link #fromDatabase}: the value handed to the dialect's binding. */
    public Object toDatabase(T value) {
        return value;
    }

    /** The type the database stores: this type, or for converted and enum types the underlying one. */
    public SqlType<?> storageType() {
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind == TypeKind.TIMESTAMP_TZ ? "TIMESTAMP WITH TIME ZONE" : kind.name());
        if (kind == TypeKind.NUMERIC && precision != null) {
            b.append('(').append(precision);
            if (scale != null) {
                b.append(", ").append(scale);
            }
            b.append(')');
        } else if (length != null) {
            b.append('(').append(length).append(')');
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        SqlType<?> t = (SqlType<?>) o;
        return kind == t.kind && javaType == t.javaType && Objects.equals(length, t.length)
                && Objects.equals(precision, t.precision) && Objects.equals(scale, t.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, javaType, length, precision, scale);
    }

    /** Java types of the plain kinds, for code that builds types from a kind. */
    static Class<?> defaultJavaType(TypeKind kind) {
        switch (kind) {
            case INTEGER: return Integer.class;
            case BIGINT: return Long.class;
            case SMALLINT: return Short.class;
            case VARCHAR: case TEXT: case ENUM: return String.class;
            case BOOLEAN: return Boolean.class;
            case REAL: return Float.class;
            case DOUBLE: return Double.class;
            case NUMERIC: return BigDecimal.class;
            case DATE: return LocalDate.class;
            case TIME: return LocalTime.class;
            case TIMESTAMP: return LocalDateTime.class;
            case TIMESTAMP_TZ: return OffsetDateTime.class;
            case UUID: return java.util.UUID.class;
            case BLOB: case VARBINARY: return byte[].class;
            default: return Object.class;
        }
    }
}
