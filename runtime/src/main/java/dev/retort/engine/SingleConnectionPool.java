package dev.retort.engine;

import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.PoolTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;

/**
 * One physical connection, opened on first use, kept until the engine closes and lent to one
 * user at a time: the default, without a pool library and without a pool size, where one writer is right (SQLite, whose
 * file lock admits one writer anyway). A second thread waits for it
 * up to the engine's {@code connectTimeout}, then gets a {@link PoolTimeoutException}; the thread that already holds it gets an
 * {@link InvalidRequestException} at once instead of waiting for itself.
 */
final class SingleConnectionPool implements ConnectionPool {
    private final DataSource physical;
    private final Duration timeout;
    private final Semaphore permit = new Semaphore(1, true);
    private java.sql.Connection connection; // guarded by permit
    private volatile Thread holder;
    private volatile boolean closed;

    SingleConnectionPool(DataSource physical, Duration timeout) {
        this.physical = physical;
        this.timeout = timeout;
    }

    @Override
    public java.sql.Connection borrow() throws SQLException {
        if (holder == Thread.currentThread()) {
            throw new InvalidRequestException("This engine has one connection (" + physical
                    + ") and this thread already holds it: close the Connection or Session that has it first, "
                    + "or ask Engine.builder(url).poolSize(n) for a pool of several connections");
        }
        if (!Pools.awaitPermit(permit, timeout, "the engine's connection")) {
            long waited = timeout.toMillis();
            throw new PoolTimeoutException("The engine's one connection (" + physical + ") did not become free within "
                    + waited + " ms: another thread holds it. Close every Connection and Session when done "
                    + "(try-with-resources), or raise connectTimeout(...) or set poolSize(...) on Engine.builder "
                    + "for a pool of several connections", 1, waited,
                    new SQLTransientConnectionException("request timed out after " + waited + " ms", "08001"));
        }
        try {
            if (closed) {
                throw new SQLException("The engine is closed", "08003");
            }
            if (connection == null || connection.isClosed()) {
                connection = Pools.openPhysical(physical);
            }
            holder = Thread.currentThread();
            return connection;
        } catch (SQLException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    @Override
    public void release(java.sql.Connection c) throws SQLException {
        try {
            if (!c.getAutoCommit()) {
                c.rollback(); // nothing of one user's transaction carries over to the next
            }
        } catch (SQLException e) {
            connection = null; // a broken connection is not lent again
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            holder = null;
            permit.release();
        }
    }

    /** Closes the one connection (the next user gets a new one) and lets the next user in. */
    @Override
    public void discard(java.sql.Connection c) {
        try {
            connection = null;
            c.close();
        } catch (SQLException e) {
            EngineLog.LOG.debug("Could not close the engine's connection", e);
        } finally {
            holder = null;
            permit.release();
        }
    }

    @Override
    public void close() {
        closed = true;
        java.sql.Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                EngineLog.LOG.debug("Could not close the engine's connection", e);
            }
        }
    }

    @Override
    public String toString() {
        return "SingleConnectionPool(" + physical + ")";
    }
}
