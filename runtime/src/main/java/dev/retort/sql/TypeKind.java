package dev.retort.sql;

/**
 * The generic SQL types Retort knows. A dialect renders each kind as DDL and binds and reads its
 * values; {@link SqlType} adds the parameters (length, precision, scale, enum values) and the Java
 * type.
 */
public enum TypeKind {
    /** 32-bit integer; {@code Integer}. */
    INTEGER,
    /** 64-bit integer; {@code Long}. */
    BIGINT,
    /** 16-bit integer; {@code Short}. */
    SMALLINT,
    /** Variable-length character string with a maximum length; {@code String}. */
    VARCHAR,
    /** Unbounded character data (CLOB, TEXT); {@code String}. */
    TEXT,
    /** True or false; {@code Boolean}. */
    BOOLEAN,
    /** Single-precision floating point; {@code Float}. */
    REAL,
    /** Double-precision floating point; {@code Double}. */
    DOUBLE,
    /** Exact decimal with precision and scale; {@code BigDecimal}. */
    NUMERIC,
    /** Calendar date; {@code LocalDate}. */
    DATE,
    /** Time of day; {@code LocalTime}. */
    TIME,
    /** Date and time without zone; {@code LocalDateTime}. */
    TIMESTAMP,
    /** An instant, with its offset where the database keeps it; {@code OffsetDateTime} or {@code Instant}. */
    TIMESTAMP_TZ,
    /** 128-bit universally unique identifier; {@code UUID}. */
    UUID,
    /** Unbounded binary data; {@code byte[]}. */
    BLOB,
    /** Variable-length binary data with a maximum length; {@code byte[]}. */
    VARBINARY,
    /** One of a fixed set of strings, stored as VARCHAR with a CHECK constraint. */
    ENUM,
    /** No known type: a value whose type is taken from the value itself at bind time. */
    NULL
}
