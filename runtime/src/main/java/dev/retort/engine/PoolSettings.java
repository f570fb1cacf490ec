package dev.retort.engine;

import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** What a {@link ConnectionPoolFactory} needs to make an engine's pool. */
public final class PoolSettings {
    private final String name;
    private final DataSource physical;
    private final int maximumSize;
    private final Duration connectTimeout;

    PoolSettings(String name, DataSource physical, int maximumSize, Duration connectTimeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.physical = Objects.requireNonNull(physical, "physical");
        this.maximumSize = maximumSize;
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** A name for the pool, unique in the JVM ({@code retort-3}). */
    public String name() {
        return name;
    }

    /**
     * Opens new physical connections: user and password passed as driver properties, and the
     * dialect's {@code initializeConnection} already applied. Its connections come with the
     * driver's default auto-commit (on); the pool switches it off.
     */
    public DataSource physicalConnections() {
        return physical;
    }

    /** The most connections open at once ({@code poolSize}, 5 unless set). */
    public int maximumSize() {
        return maximumSize;
    }

    /** How long {@link ConnectionPool#borrow()} waits (the engine's {@code connectTimeout}, 30 s unless set). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@code PoolSettings(retort-3, max 5, timeout 30000 ms)}; the data source shows its masked URL only. */
    @Override
    public String toString() {
        return "PoolSettings(" + name + ", " + physical + ", max " + maximumSize + ", timeout "
                + connectTimeout.toMillis() + " ms)";
    }
}
