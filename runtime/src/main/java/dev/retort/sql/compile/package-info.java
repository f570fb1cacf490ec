/**
 * Turns {@link dev.retort.sql} elements into SQL text: {@link dev.retort.sql.compile.SqlCompiler}
 * for queries and DML, {@link dev.retort.sql.compile.DdlCompiler} for schema statements,
 * {@link dev.retort.sql.compile.TypeCompiler} for type names and
 * {@link dev.retort.sql.compile.IdentifierPreparer} for quoting.
 *
 * <p>Each class renders generic SQL; dialects subclass them and override the hooks where their
 * database differs (paging, identity columns, type names, reserved words). The result is a
 * {@link dev.retort.sql.compile.Compiled}: the SQL and its parameters in order. Compilers are
 * single-use and not thread-safe; a {@link dev.retort.sql.compile.CompilerFactory} makes a fresh
 * one per compilation.
 *
 * <p>Part of the SQL layer: it depends only on {@code dev.retort.sql} and {@code dev.retort.exc}.
 */
package dev.retort.sql.compile;
