package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.exc.ArgumentException;
import java.time.Duration;
import java.util.Iterator;
import java.util.ServiceLoader;

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
    static java.sql.Connection openPhysical(javax.sql.DataSource physical) throws java.sql.SQLException {
        java.sql.Connection c = physical.getConnection();
        try {
            c.setAutoCommit(false);
        } catch (java.sql.SQLException e) {
            try {
                c.close();
            } catch (java.sql.SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return c;
    }

    private static final class Lookup {
        final ConnectionPoolFactory factory;

        Lookup(ConnectionPoolFactory factory) {
            this.factory = factory;
        }
    }
}
