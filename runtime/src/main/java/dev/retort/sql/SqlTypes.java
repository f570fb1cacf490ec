package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SQL types, as constants and factories. {@link dev.retort.Retort} re-exports them, so with
 * {@code import static dev.retort.Retort.*} a table reads like SQLAlchemy's:
 * {@code column("name", string(50))}.
 */
public final class SqlTypes {
    private SqlTypes() {}

    /** {@code INTEGER} ↔ {@code Integer}. */
    public static final SqlType<Integer> INTEGER = SqlType.of(TypeKind.INTEGER, Integer.class);
    /** {@code BIGINT} ↔ {@code Long}. */
    public static final SqlType<Long> BIGINT = SqlType.of(TypeKind.BIGINT, Long.class);
    /** {@code SMALLINT} ↔ {@code Short}. */
    public static final SqlType<Short> SMALLINT = SqlType.of(TypeKind.SMALLINT, Short.class);
    /** {@code VARCHAR} with no length: the dialect's default length where one is required (255 on Derby). */
    public static final SqlType<String> STRING = SqlType.of(TypeKind.VARCHAR, String.class);
    /** {@code CLOB} / {@code TEXT} ↔ {@code String}. */
    public static final SqlType<String> TEXT = SqlType.of(TypeKind.TEXT, String.class);
    /** {@code BOOLEAN} ↔ {@code Boolean}. */
    public static final SqlType<Boolean> BOOLEAN = SqlType.of(TypeKind.BOOLEAN, Boolean.class);
    /** {@code REAL} ↔ {@code Float}. */
    public static final SqlType<Float> REAL = SqlType.of(TypeKind.REAL, Float.class);
    /** {@code DOUBLE PRECISION} ↔ {@code Double}. */
    public static final SqlType<Double> DOUBLE = SqlType.of(TypeKind.DOUBLE, Double.class);
    /** {@code NUMERIC} with the database's default precision ↔ {@code BigDecimal}. */
    public static final SqlType<BigDecimal> NUMERIC = SqlType.of(TypeKind.NUMERIC, BigDecimal.class);
    /** {@code DATE} ↔ {@code LocalDate}. */
    public static final SqlType<LocalDate> DATE = SqlType.of(TypeKind.DATE, LocalDate.class);
    /** {@code TIME} ↔ {@code LocalTime}. */
    public static final SqlType<LocalTime> TIME = SqlType.of(TypeKind.TIME, LocalTime.class);
    /** {@code TIMESTAMP} ↔ {@code LocalDateTime}. */
    public static final SqlType<LocalDateTime> TIMESTAMP = SqlType.of(TypeKind.TIMESTAMP, LocalDateTime.class);
    /** {@code TIMESTAMP WITH TIME ZONE} ↔ {@code OffsetDateTime}. */
    public static final SqlType<OffsetDateTime> TIMESTAMP_TZ =
            SqlType.of(TypeKind.TIMESTAMP_TZ, OffsetDateTime.class);
    /** {@code TIMESTAMP WITH TIME ZONE} ↔ {@code Instant}. */
    public static final SqlType<Instant> INSTANT = SqlType.of(TypeKind.TIMESTAMP_TZ, Instant.class);
    /** {@code UUID} (native where the database has it, else {@code CHAR(36)}) ↔ {@code UUID}. */
    public static final SqlType<UUID> UUID_TYPE = SqlType.of(TypeKind.UUID, UUID.class);
    /** {@code BLOB} / {@code BYTEA} ↔ {@code byte[]}. */
    public static final SqlType<byte[]> BLOB = SqlType.of(TypeKind.BLOB, byte[].class);
    /** The type of values whose type is not known in advance (text() binds); taken from the value. */
    public static final SqlType<Object> NULL = SqlType.of(TypeKind.NULL, Object.class);

    /** {@code VARCHAR(length)} ↔ {@code String}. */
    public static SqlType<String> string(int length) {
        return new SqlType<>(TypeKind.VARCHAR, String.class, positive(length, "length"), null, null);
    }

    /** {@code VARCHAR} of the given length, or {@link #STRING} when {@code length} is {@code null}. */
    public static SqlType<String> string(Integer length) {
        return length == null ? STRING : string(length.intValue());
    }

    /** {@code VARBINARY(length)} ↔ {@code byte[]}. */
    public static SqlType<byte[]> varbinary(int length) {
        return new SqlType<>(TypeKind.VARBINARY, byte[].class, positive(length, "length"), null, null);
    }

    /** {@code NUMERIC(precision, scale)} ↔ {@code BigDecimal}. */
    public static SqlType<BigDecimal> numeric(int precision, int scale) {
        positive(precision, "precision");
        if (scale < 0 || scale > precision) {
            throw new ArgumentException("NUMERIC scale must be between 0 and the precision " + precision + ", not " + scale);
        }
        return new SqlType<>(TypeKind.NUMERIC, BigDecimal.class, null, precision, scale);
    }

    /** {@code ENUM('a', 'b', 'c')}: {@code VARCHAR} of the longest value plus a CHECK constraint. */
    public static EnumType<String> enumType(String... values) {
        return EnumType.ofStrings(values);
    }

    /**
     * An enumerated type over the constants of a Java enum, stored by name. Pass
     * {@code MyEnum.values()}; the constants are taken from the array, not looked up reflectively.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public static <E extends Enum<E>> EnumType<E> enumType(E... constants) {
        if (constants.length == 0) {
            throw new ArgumentException("An enum type needs at least one constant");
        }
        return EnumType.ofEnum(constants[0].getDeclaringClass(), constants);
    }

    /**
     * A Java type stored as {@code base} through two conversion functions.
     *
     * @param javaType the type the application sees
     * @param base the database type
     * @param toDatabase converts an application value to the base type's Java type
     * @param fromDatabase converts back
     */
    public static <J, D> ConvertedType<J, D> converted(Class<J> javaType, SqlType<D> base,
            Function<? super J, ? extends D> toDatabase, Function<? super D, ? extends J> fromDatabase) {
        return new ConvertedType<>(javaType, base, toDatabase, fromDatabase);
    }

    /**
     * The type a bare Java value has when no column tells: {@code Integer} → INTEGER,
     * {@code String} → VARCHAR, and so on; {@link #NULL} for {@code null} and unknown classes.
     */
    @SuppressWarnings("unchecked")
    public static <T> SqlType<T> forValue(T value) {
        return (SqlType<T>) forClass(value == null ? Object.class : value.getClass());
    }

    /** The type for values of a Java class, as {@link #forValue}. */
    public static SqlType<?> forClass(Class<?> c) {
        if (c == Integer.class || c == int.class) return INTEGER;
        if (c == Long.class || c == long.class) return BIGINT;
        if (c == Short.class || c == short.class) return SMALLINT;
        if (c == String.class) return STRING;
        if (c == Boolean.class || c == boolean.class) return BOOLEAN;
        if (c == Double.class || c == double.class) return DOUBLE;
        if (c == Float.class || c == float.class) return REAL;
        if (c == BigDecimal.class) return NUMERIC;
        if (c == LocalDate.class) return DATE;
        if (c == LocalTime.class) return TIME;
        if (c == LocalDateTime.class) return TIMESTAMP;
        if (c == OffsetDateTime.class) return TIMESTAMP_TZ;
        if (c == Instant.class) return INSTANT;
        if (c == UUID.class) return UUID_TYPE;
        if (c == byte[].class) return BLOB;
        return NULL;
    }

    /** The plain type of a kind with no parameters (VARCHAR without length, NUMERIC without precision). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SqlType<?> ofKind(TypeKind kind) {
        return SqlType.of(kind, (Class) SqlType.defaultJavaType(kind));
    }

    private static int positive(int n, String what) {
        if (n <= 0) {
            throw new ArgumentException("A type's " + what + " must be positive, not " + n);
        }
        return n;
    }
}
