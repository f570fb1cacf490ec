package dev.retort.engine;

import java.sql.SQLException;

/**
 * Where a URL engine borrows its JDBC connections from, and gives them back to.
 *
 * <p>Without a pool library on the class path an engine uses one of three built-in ones: the
 * pool ({@code QueuePool}: at most {@code poolSize} connections lent, the ones given back kept for
 * the next user), the default; where the dialect asks for it
 * ({@link dev.retort.dialect.Dialect#prefersSingleConnection}: SQLite, files and memory) and no
 * pool size is set, a single connection lent to one user at a time; and, with
 * {@code Engine.Builder.pooled(false)}, none: a physical connection opened for every
 * {@link Engine#connect()} and closed afterwards (SQLAlchemy's {@code NullPool}). With
 * {@code dev.retort:retort-hikari} on the class path, HikariCP pools instead (see
 * {@link ConnectionPoolFactory}).
 *
 * <p>Every connection a pool hands out has auto-commit off and has been through the dialect's
 * {@link dev.retort.dialect.Dialect#initializeConnection} once per physical connection. A failure
 * to get one within the engine's {@code connectTimeout}, because every connection is lent out, is
 * reported as a {@link dev.retort.exc.PoolTimeoutException} (size, wait, advice); any other
 * {@link SQLException} is wrapped by {@link Engine#connect()} into Retort's exception family. Implementations are thread-safe.
 */
public interface ConnectionPool extends AutoCloseable {
    /**
     * Borrows a connection, auto-commit off, waiting at most the configured timeout.
     *
     * @throws dev.retort.exc.PoolTimeoutException when every connection stayed lent out for the whole timeout
     * @throws SQLException when the database refuses the connection
     */
    java.sql.Connection borrow() throws SQLException;

    /**
     * Gives back a connection {@link #borrow()} returned, its transaction already ended by the
     * engine. Called exactly once per borrowed connection.
     */
    void release(java.sql.Connection connection) throws SQLException;

    /**
     * Gives back a connection {@link #borrow()} returned whose transaction the engine could not end
     * (its commit or rollback failed), or on which the driver reported that the connection itself
     * is gone ({@link dev.retort.dialect.Dialect#isDisconnect}). It must not be lent again: close
     * it or evict it. Called instead of {@link #release}, exactly once. The default closes
     * it and then releases it, for pools that lend the driver's connections and forget closed ones.
     */
    default void discard(java.sql.Connection connection) throws SQLException {
        try {
            connection.close();
        } finally {
            release(connection);
        }
    }

    /** Closes the physical connections the pool keeps; connections still borrowed are aborted. */
    @Override
    void close();
}
