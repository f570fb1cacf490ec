/**
 * The MySQL and MariaDB dialects (MySQL 8.0 and MariaDB 10.5 or later, through MariaDB
 * Connector/J): {@link dev.retort.dialect.mysql.MySqlDialect},
 * {@link dev.retort.dialect.mysql.MariaDbDialect} and their package-private compilers.
 * Backtick quoting, AUTO_INCREMENT keys read back for a whole batch, {@code CONCAT()} for
 * {@code ||}, InnoDB tables in utf8mb4, and no BOOLEAN, UUID or time-zone type of their own.
 *
 * <p>Used through {@link dev.retort.dialect.Dialects}; depends on {@code dev.retort.dialect},
 * {@code dev.retort.sql} and {@code dev.retort.exc} only, never on the driver's classes.
 */
package dev.retort.dialect.mysql;
