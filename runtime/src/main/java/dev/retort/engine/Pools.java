package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.exc.ArgumentException;
import java.time.Duration;
import java.util.Iterator;
import java.util.ServiceLoader;

/** Chooses a URL engine's {@link ConnectionPool}: a pool library's factory if there is one, else a built-in source. */
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
     */
    static ConnectionPool open(String name, DriverDataSource physical, Dialect dialect, String jdbcUrl,
            Integer poolSize, Duration connectTimeout) {
        Duration timeout = connectTimeout != null ? connectTimeout : DEFAULT_TIMEOUT;
        ConnectionPoolFactory f = factory();
        if (f != null) {
            return f.create(new PoolSettings(name, physical, poolSize != null ? poolSize : DEFAULT_SIZE, timeout));
        }
        if (poolSize != null) {
            throw new ArgumentException("poolSize(" + poolSize + ") needs a connection pool and there is none on the "
                    + "class path: add dev.retort:retort-hikari to your dependencies, or pool yourself and use "
                    + "Engine.of(dataSource)");
        }
        return dialect.prefersSingleConnection(jdbcUrl) ? new SingleConnectionPool(physical, timeout)
                : new NonPoolingPool(physical);
    }

    private static final class Lookup {
        final ConnectionPoolFactory factory;

        Lookup(ConnectionPoolFactory factory) {
            this.factory = factory;
        }
    }
}
