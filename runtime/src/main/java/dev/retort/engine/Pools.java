package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.exc.ArgumentException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Chooses a URL engine's {@link ConnectionPool}: none when pooling is turned off, a pool library's
 * factory if there is one, else a built-in one (one lent connection for SQLite unless a size is
 * asked for, a {@link QueuePool} for every other database).
 */
final class Pools {
    private Pools() {}

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_SIZE = 5;

    private static volatile Lookup factory;

    /** The factory found on the class path, or {@code null}; looked up once. */
    static ConnectionPoolFactory factory() {
        Lookup f = factory;
        if (f == null) {
            Iterator<ConnectionPoolFactory> it =
                    ServiceLoader.load(ConnectionPoolFactory.class, Pools.class.getClassLoader()).iterator();
            f = new Lookup(it.hasNext() ? it.next() : null);
            factory = f;
        }
        return f.factory;
    }

    /**
     * The pool for an engine.
     *
     * @param poolSize the size asked for, or {@code null} when none was
     * @param pooled {@code false} for a physical connection per use ({@code Engine.Builder.pooled(false)})
     */
    static ConnectionPool open(String name, DriverDataSource physical, Dialect dialect, String jdbcUrl,
            Integer poolSize, Duration connectTimeout, boolean pooled) {
        Duration timeout = connectTimeout != null ? connectTimeout : DEFAULT_TIMEOUT;
        if (!pooled) {
            if (poolSize != null) {
                throw new ArgumentException("poolSize(" + poolSize + ") and pooled(false) contradict each other: "
                        + "an engine that does not pool opens a connection per use");
            }
            return new NonPoolingPool(physical);
        }
        ConnectionPoolFactory f = factory();
        if (f != null) {
            return f.create(new PoolSettings(name, physical, poolSize != null ? poolSize : DEFAULT_SIZE, timeout));
        }
        if (poolSize == null && dialect.prefersSingleConnection(jdbcUrl)) {
            return new SingleConnectionPool(physical, timeout);
        }
        return new QueuePool(physical, poolSize != null ? poolSize : DEFAULT_SIZE, timeout, QueuePool.DEFAULT_MAX_LIFETIME);
    }

    /**
     * A new physical connection with auto-commit off, as every built-in pool lends them; closed
     * again if switching auto-commit off fails.
     */
    static Connection openPhysical(DataSource physical) throws SQLException {
        Connection c = physical.getConnection();
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeAfter(c, e);
            throw e;
        }
        return c;
    }

    /**
     * Closes a connection that could not be set up, keeping {@code failure} as the error: a
     * failure to close is added to it as suppressed.
     */
    static void closeAfter(Connection c, Exception failure) {
        try {
            c.close();
        } catch (SQLException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /**
     * Waits up to {@code timeout} for a permit of a built-in pool; {@code false} when none came.
     * An interrupted wait keeps the thread's interrupt status and fails with an
     * {@link SQLTransientConnectionException} ("Interrupted while waiting for {@code what}").
     */
    static boolean awaitPermit(Semaphore permits, Duration timeout, String what) throws SQLException {
        try {
            return permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for " + what, "08001", e);
        }
    }

    private static final class Lookup {
        final ConnectionPoolFactory factory;

        Lookup(ConnectionPoolFactory factory) {
            this.factory = factory;
        }
    }
}
