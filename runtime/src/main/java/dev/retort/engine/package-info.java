/**
 * The engine layer: SQLAlchemy's {@code sqlalchemy.engine}. An {@link dev.retort.engine.Engine}
 * owns a connection pool and a dialect; a {@link dev.retort.engine.Connection} executes Core
 * statements in "commit as you go" transactions (with explicit
 * {@link dev.retort.engine.Transaction}s and savepoints); a {@link dev.retort.engine.Result}
 * streams {@link dev.retort.engine.Row}s. {@link dev.retort.engine.EngineUrl} parses database
 * URLs.
 *
 * <p>Statements are compiled by the dialect's compilers ({@code dev.retort.sql.compile}), values
 * bound through the dialect's JDBC bindings, and driver exceptions wrapped by the dialect into
 * {@code dev.retort.exc.DatabaseException}s carrying the SQL and its parameters. Echo and logging
 * (SLF4J logger {@code dev.retort.engine}) never show a password.
 *
 * <p>Depends on {@code dev.retort.sql}, {@code dev.retort.sql.compile}, {@code dev.retort.dialect},
 * {@code dev.retort.exc} and SLF4J; a pool library plugs in through
 * {@link dev.retort.engine.ConnectionPoolFactory}. Called by the ORM ({@code dev.retort.orm}) and the
 * {@code dev.retort.Retort} facade; {@code dev.retort.engine.reflect} reaches the database through
 * {@link dev.retort.engine.reflect.JdbcAccess}, which engines and connections implement.
 */
package dev.retort.engine;
