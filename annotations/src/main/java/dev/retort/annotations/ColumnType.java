package dev.retort.annotations;

/**
 * SQL types for {@link Column#type()}, overriding the type inferred from the field's Java type
 * (for example {@code TEXT} for a long {@code String}).
 */
public enum ColumnType {
    /** Inferred from the field's Java type (the default). */
    AUTO,
    /** 32-bit integer ({@code INTEGER}), the type of {@code Integer}/{@code int} fields. */
    INTEGER,
    /** 64-bit integer ({@code BIGINT}), the type of {@code Long}/{@code long} fields. */
    BIGINT,
    /** 16-bit integer ({@code SMALLINT}), the type of {@code Short}/{@code short} fields. */
    SMALLINT,
    /** {@code VARCHAR(length)}. */
    VARCHAR,
    /** Unbounded text: {@code CLOB} on Derby and H2, {@code TEXT} on PostgreSQL and SQLite. */
    TEXT,
    /** True or false ({@code BOOLEAN}), the type of {@code Boolean}/{@code boolean} fields. */
    BOOLEAN,
    /** Single-precision floating point ({@code REAL}), the type of {@code Float}/{@code float} fields. */
    REAL,
    /**
     * Double-precision floating point ({@code DOUBLE PRECISION}; {@code DOUBLE} on Derby), the type
     * of {@code Double}/{@code double} fields.
     */
    DOUBLE,
    /** {@code NUMERIC(precision, scale)}. */
    NUMERIC,
    /** Calendar date ({@code DATE}), the type of {@code LocalDate} fields. */
    DATE,
    /** Time of day ({@code TIME}), the type of {@code LocalTime} fields. */
    TIME,
    /** Date and time without time zone ({@code TIMESTAMP}), the type of {@code LocalDateTime} fields. */
    TIMESTAMP,
    /**
     * An instant with its offset ({@code TIMESTAMP WITH TIME ZONE}), the type of
     * {@code OffsetDateTime} and {@code Instant} fields; Derby, which lacks the type, stores a
     * {@code TIMESTAMP} in UTC.
     */
    TIMESTAMP_WITH_TIME_ZONE,
    /** {@code UUID}, the type of {@code java.util.UUID} fields; {@code CHAR(36)} on Derby and SQLite. */
    UUID,
    /** Unbounded binary data. */
    BLOB,
    /** {@code VARBINARY(length)}. */
    VARBINARY
}
