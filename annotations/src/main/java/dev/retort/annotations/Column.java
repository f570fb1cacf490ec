package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field (or record component) to a column. Fields may be package-private, protected or
 * public (generated code lives in the same package), or private with a getter and setter
 * ({@code getName}/{@code setName}, {@code isActive} for booleans, or record-style
 * {@code name()}/{@code name(value)}).
 *
 * <p>Java types map to SQL types: {@code Integer/int} INTEGER, {@code Long/long} BIGINT,
 * {@code Short/short} SMALLINT, {@code String} VARCHAR(length), {@code Boolean/boolean} BOOLEAN,
 * {@code Double/double} DOUBLE, {@code Float/float} REAL, {@code BigDecimal} NUMERIC(precision, scale),
 * {@code LocalDate} DATE, {@code LocalTime} TIME, {@code LocalDateTime} TIMESTAMP,
 * {@code OffsetDateTime/Instant} TIMESTAMP WITH TIME ZONE, {@code UUID} UUID, {@code byte[]} BLOB,
 * Java enums VARCHAR of the longest constant with a CHECK constraint. Anything else needs a
 * {@link #converter()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {

    /** The column name. Default: the field name in snake_case ({@code emailAddress} → {@code email_address}). */
    String name() default "";

    /** Whether the column is (part of) the primary key. Default false. */
    boolean primaryKey() default false;

    /**
     * Whether the database generates values for this primary key column. Applies, as in
     * SQLAlchemy, to a table's only primary key column when it is an integer without a foreign
     * key. Default true; set false to assign keys yourself.
     */
    boolean autoincrement() default true;

    /**
     * Whether NULL is allowed. Default true; primary key columns and primitive fields
     * ({@code int}, {@code boolean}...) are always NOT NULL.
     */
    boolean nullable() default true;

    /** Whether the column has a UNIQUE constraint. Default false. */
    boolean unique() default false;

    /** Whether the column gets an index {@code ix_<table>_<column>}. Default false. */
    boolean index() default false;

    /**
     * Maximum length of a {@code String} (VARCHAR) or {@code byte[]} (VARBINARY) column. Default 0:
     * 255 for strings and for {@code type = VARBINARY}; a {@code byte[]} without a length is an
     * unbounded BLOB. Not allowed with {@code type = TEXT}, which is unbounded.
     */
    int length() default 0;

    /** Precision of a {@code BigDecimal} column. Default 0: the database's default. */
    int precision() default 0;

    /** Scale of a {@code BigDecimal} column. Default 0. */
    int scale() default 0;

    /** The referenced column, {@code "table.column"} (or {@code "schema.table.column"}). Default: none. */
    String foreignKey() default "";

    /** ON DELETE action of the {@link #foreignKey()}. Default {@link ForeignKeyAction#NO_ACTION}. */
    ForeignKeyAction onDelete() default ForeignKeyAction.NO_ACTION;

    /**
     * A client-side default, used when the field is {@code null} at INSERT: written as the value's
     * literal ({@code "0"}, {@code "true"}, {@code "ACTIVE"} for an enum constant, {@code "n/a"}) and
     * checked against the field type at compile time. Default: none.
     */
    String defaultValue() default "";

    /** A SQL expression used as the column's DEFAULT in the DDL, e.g. {@code "CURRENT_TIMESTAMP"}. Default: none. */
    String serverDefault() default "";

    /** Overrides the SQL type inferred from the Java type. Default {@link ColumnType#AUTO}. */
    ColumnType type() default ColumnType.AUTO;

    /**
     * A {@link Converter} class for a Java type Retort does not map; instantiated with {@code new}
     * by generated code. Default {@code void.class}: none.
     */
    Class<?> converter() default void.class;

    /**
     * Marks an optimistic-locking counter ({@code int}/{@code long} or wrapper): every UPDATE and
     * DELETE checks it and UPDATE increments it; a mismatch raises {@code StaleDataException}.
     * Default false.
     */
    boolean version() default false;
}
