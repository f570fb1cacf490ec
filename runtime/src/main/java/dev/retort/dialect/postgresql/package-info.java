/**
 * The PostgreSQL dialect (PostgreSQL 10 or later through pgjdbc):
 * {@link dev.retort.dialect.postgresql.PostgresDialect} and its package-private compilers.
 * PostgreSQL folds unquoted names to lower case, has RETURNING, native BOOLEAN, UUID, BYTEA,
 * ILIKE and TIMESTAMP WITH TIME ZONE (keeping the instant, not the offset), and returns every key
 * of a batch.
 *
 * <p>Used through {@link dev.retort.dialect.Dialects}; depends on {@code dev.retort.dialect},
 * {@code dev.retort.sql} and {@code dev.retort.exc} only, never on pgjdbc's classes.
 */
package dev.retort.dialect.postgresql;
