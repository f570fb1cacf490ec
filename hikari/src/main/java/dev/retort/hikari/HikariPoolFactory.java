package dev.retort.hikari;

import com.zaxxer.hikari.HikariDataSource;
import dev.retort.engine.ConnectionPool;
import dev.retort.engine.ConnectionPoolFactory;
import dev.retort.engine.PoolSettings;
import dev.retort.exc.PoolTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Pools URL engines' connections with HikariCP. Found by {@link java.util.ServiceLoader} through
 * this jar's {@code META-INF/services/dev.retort.engine.ConnectionPoolFactory}: putting
 * {@code dev.retort:retort-hikari} on the class path is all it takes.
 *
 * <p>The pool holds at most {@code poolSize} connections, keeps none idle on purpose, and hands
 * them out with auto-commit off. It starts (its threads, its first connection) when the engine
 * first connects, not when the engine is created. Hikari opens the connections through the
 * engine's physical data source, so the dialect's {@code initializeConnection} runs once per
 * physical connection. A checkout that waits longer than {@code connectTimeout} fails with a
 * {@link PoolTimeoutException} that says the pool's size, the wait and what to do.
 */
public final class HikariPoolFactory implements ConnectionPoolFactory {
    /** Called by the service loader. */
    public HikariPoolFactory() {}

    @Override
    public ConnectionPool create(PoolSettings settings) {
        // The data source is its own configuration: HikariDataSource(HikariConfig) would validate
        // and copy every field of the configuration by reflection and start the pool (executors,
        // housekeeping thread) here; this one does both when the first connection is asked for.
        HikariDataSource hikari = new HikariDataSource();
        hikari.setPoolName(settings.name());
        hikari.setDataSource(settings.physicalConnections());
        hikari.setMaximumPoolSize(settings.maximumSize());
        hikari.setMinimumIdle(0);
        hikari.setAutoCommit(false);
        hikari.setInitializationFailTimeout(-1);
        hikari.setConnectionTimeout(settings.connectTimeout().toMillis());
        return new Pool(hikari);
    }

    /** A {@link HikariDataSource} seen as a {@link ConnectionPool}. */
    private static final class Pool implements ConnectionPool {
        private final HikariDataSource hikari;

        Pool(HikariDataSource hikari) {
            this.hikari = hikari;
        }

        @Override
        public java.sql.Connection borrow() throws SQLException {
            try {
                return hikari.getConnection();
            } catch (SQLTransientConnectionException e) {
                if (e.getCause() != null) {
                    throw e; // the database refused a new connection: the engine reports that failure
                }
                // Hikari timed out with no failure to report: every connection was in use
                throw new PoolTimeoutException(hikari.getMaximumPoolSize(), hikari.getConnectionTimeout(), e);
            }
        }

        @Override
        public void release(java.sql.Connection connection) throws SQLException {
            connection.close(); // Hikari's proxy returns it to the pool
        }

        @Override
        public void discard(java.sql.Connection connection) throws SQLException {
            try {
                hikari.evictConnection(connection); // closes the physical connection; not lent again
            } finally {
                connection.close(); // the proxy's own close, which frees its place in the pool
            }
        }

        @Override
        public void close() {
            hikari.close();
        }

        @Override
        public String toString() {
            return "HikariCP pool " + hikari.getPoolName() + " of at most " + hikari.getMaximumPoolSize();
        }
    }
}
