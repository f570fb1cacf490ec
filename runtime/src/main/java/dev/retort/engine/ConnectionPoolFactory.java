package dev.retort.engine;

/**
 * Makes the {@link ConnectionPool} of a URL engine. The engine asks {@link java.util.ServiceLoader}
 * (through the {@code META-INF/services/dev.retort.engine.ConnectionPoolFactory} file of a jar
 * such as {@code dev.retort:retort-hikari}) once, for the first factory it finds; with none it
 * uses its built-in pool (see {@link ConnectionPool}).
 *
 * <p>No reflection is involved beyond the service loader's own instantiation of the factory: the
 * runtime never names a pool library, so it loads, compiles and runs without one (on Android, for
 * example).
 */
public interface ConnectionPoolFactory {
    /** A new pool for one engine. */
    ConnectionPool create(PoolSettings settings);
}
