/**
 * The SQLite dialect (xerial sqlite-jdbc): {@link dev.retort.dialect.sqlite.SqliteDialect}, its
 * package-private compilers, the ISO-8601 text bindings for dates and times, and the mapping of
 * declared type names back to SQL types. SQLite keeps names as written, types values by
 * affinity, needs {@code PRAGMA foreign_keys = ON} per connection and an {@code INTEGER} primary
 * key for autoincrement.
 *
 * <p>Used through {@link dev.retort.dialect.Dialects}; depends on {@code dev.retort.dialect},
 * {@code dev.retort.sql} and {@code dev.retort.exc} only, never on the driver's classes.
 */
package dev.retort.dialect.sqlite;
