package dev.retort.engine.reflect;

import dev.retort.sql.SqlType;
import java.util.Objects;

/**
 * One column of a table as the database describes it; an element of
 * {@link Inspector#getColumns(String)}.
 *
 * @param name the column name, normalized ({@code EMAIL_ADDRESS} on Derby reads {@code email_address})
 * @param type the SQL type, from {@link dev.retort.dialect.Dialect#reflectType}; {@code NULL} when
 *     the type is not one Retort knows
 * @param nullable whether the column accepts NULL
 * @param defaultValue the server DEFAULT as SQL text ({@code 'x'}, {@code 42},
 *     {@code CURRENT_TIMESTAMP}), or {@code null} when there is none; identity and other
 *     autoincrement columns report {@code null}
 * @param primaryKey whether the column is part of the primary key
 * @param autoincrement whether the database generates the column's values (an identity column,
 *     a {@code SERIAL}, SQLite's {@code AUTOINCREMENT}), as the driver reports it
 */
public record ColumnInfo(String name, SqlType<?> type, boolean nullable, String defaultValue,
        boolean primaryKey, boolean autoincrement) {

    /** Checks the name and type are present. */
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
