package dev.retort.annotations;

/**
 * SQL types for {@link Column#type()}, overriding the type inferred from the field's Java type
 * (for example {@code TEXT} for a long {@code String}).
 */
public enum ColumnType {
    /** Inferred from the field's Java type (the default). */
    AUTO,
    INTEGER,
    BIGINT,
    SMALLINT,
    /** {@code VARCHAR(length)}. */
    VARCHAR,
    /** Unbounded text: {@code CLOB} on Derby and H2, {@code TEXT} on PostgreSQL and SQLite. */
    TEXT,
    BOOLEAN,
    REAL,
    DOUBLE,
    /** {@code NUMERIC(precision, scale)}. */
    NUMERIC,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_WITH_TIME_ZONE,
    UUID,
    /** Unbounded binary data. */
    BLOB,
    /** {@code VARBINARY(length)}. */
    VARBINARY
}
