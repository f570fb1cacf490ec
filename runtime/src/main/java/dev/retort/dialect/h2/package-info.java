/**
 * The H2 2.x dialect: {@link dev.retort.dialect.h2.H2Dialect} and its package-private compilers.
 * H2 folds unquoted names to upper case, has native BOOLEAN, UUID, ILIKE and TIMESTAMP WITH TIME
 * ZONE (keeping the offset), returns every key of a batch, and has no RETURNING.
 *
 * <p>Used through {@link dev.retort.dialect.Dialects}; depends on {@code dev.retort.dialect},
 * {@code dev.retort.sql} and {@code dev.retort.exc} only, never on the H2 driver's classes.
 */
package dev.retort.dialect.h2;
