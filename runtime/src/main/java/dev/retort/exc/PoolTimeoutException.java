package dev.retort.exc;

import java.sql.SQLException;

/**
 * No connection of the engine's pool became free in time: every connection was borrowed for the
 * whole {@code connectTimeout}. The counterpart of SQLAlchemy's {@code TimeoutError} ("QueuePool
 * limit of size 5 overflow 10 reached, connection timed out"). Usually connections or sessions
 * that are never closed; sometimes a pool too small for the threads that share it.
 */
public class PoolTimeoutException extends OperationalErrorException {
    private static final long serialVersionUID = 1L;

    private final int poolSize;
    private final long waitedMillis;

    /**
     * Creates the exception.
     *
     * @param poolSize the most connections the pool opens
     * @param waitedMillis how long the caller waited for one
     * @param cause the pool's exception
     */
    public PoolTimeoutException(int poolSize, long waitedMillis, SQLException cause) {
        this("No connection of the pool became free within " + waitedMillis + " ms: all "
                + poolSize + " connections (poolSize " + poolSize + ") are in use. Close every Connection and "
                + "Session when done (try-with-resources), or raise poolSize(...) or connectTimeout(...) on "
                + "Engine.builder", poolSize, waitedMillis, cause);
    }

    /**
     * Creates the exception with a message of the pool's own, for a source whose size is not a
     * setting (the single connection an engine keeps without a pool library).
     *
     * @param message what happened and what to do
     * @param poolSize the most connections the source lends at once
     * @param waitedMillis how long the caller waited for one
     * @param cause the source's exception
     */
    public PoolTimeoutException(String message, int poolSize, long waitedMillis, SQLException cause) {
        super(null, null, null, cause, message);
        this.poolSize = poolSize;
        this.waitedMillis = waitedMillis;
    }

    /** The most connections the pool opens. */
    public int poolSize() {
        return poolSize;
    }

    /** How long the caller waited for a connection, in milliseconds. */
    public long waitedMillis() {
        return waitedMillis;
    }
}
