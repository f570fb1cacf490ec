/**
 * The Apache Derby dialect (embedded Derby 10.16, Retort's default database):
 * {@link dev.retort.dialect.derby.DerbyDialect} and its package-private compilers. Derby folds
 * unquoted names to upper case, needs typed placeholders where it cannot infer a parameter's
 * type, has no RETURNING, no UUID and no TIMESTAMP WITH TIME ZONE type.
 *
 * <p>Used through {@link dev.retort.dialect.Dialects}; depends on {@code dev.retort.dialect},
 * {@code dev.retort.sql} and {@code dev.retort.exc} only, never on the Derby driver's classes.
 */
package dev.retort.dialect.derby;
