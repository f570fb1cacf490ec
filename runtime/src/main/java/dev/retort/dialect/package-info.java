/**
 * Dialects: what differs between databases. A {@link dev.retort.dialect.Dialect} owns identifier
 * quoting, type DDL, paging syntax, identity columns, how values are bound and read through JDBC,
 * how generated keys come back, how database errors are classified, and how reflected type names
 * map back to SQL types. It declares what its database can do as {@link dev.retort.dialect.Feature}
 * flags, which the engine and ORM consult instead of naming databases.
 *
 * <p>Sub-packages hold one dialect each: {@code derby}, {@code h2}, {@code sqlite},
 * {@code postgresql}. {@link dev.retort.dialect.Dialects} finds one by name or JDBC URL.
 *
 * <p>Depends on {@code dev.retort.sql} and {@code dev.retort.exc} only; called by the engine.
 */
package dev.retort.dialect;
