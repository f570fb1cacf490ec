package dev.retort.engine;

import dev.retort.exc.PoolTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The built-in pool (SQLAlchemy's {@code QueuePool}): lends at most {@code size} connections at
 * once and keeps the ones given back open for the next user. Used by URL engines of Derby, H2 and
 * the server databases when no pool library is on the class path.
 *
 * <ul>
 *   <li><b>Lending.</b> A permit per connection bounds what is lent; a borrower waits for one up to
 *       the engine's {@code connectTimeout} (fairly, first come first served), then gets a
 *       {@link PoolTimeoutException}. With a permit it takes the connection given back last
 *       (a stack: the connection whose statement cache is warm, and the others left idle), or opens
 *       a new physical connection on its own thread when none is idle.
 *   <li><b>Giving back.</b> The engine gives a connection back with its transaction ended (it
 *       commits or rolls back when its {@code Connection} closes: SQLAlchemy's
 *       {@code reset_on_return}); one whose commit or rollback failed comes back through
 *       {@link #discard} and is closed. A connection that has lived longer than
 *       {@code maxLifetime} is closed instead of kept.
 *   <li><b>Checking.</b> A connection idle for longer than {@link #VALIDATE_AFTER_IDLE_NANOS} is
 *       asked {@code isValid} before it is lent (HikariCP's rule); a dead one is closed and the
 *       next one tried, so a restarted database server costs no failed statement.
 *   <li><b>No thread.</b> Nothing runs in the background: connections are opened by borrowers and
 *       closed by borrowers, by returners or by {@link #close()}.
 * </ul>
 */
final class QueuePool implements ConnectionPool {
    /** A connection idle longer than this is checked with {@code isValid} before it is lent. */
    static final long VALIDATE_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** The {@code isValid} timeout, in seconds. */
    private static final int VALIDATE_TIMEOUT_SECONDS = 5;
    /** Connections older than this are closed instead of lent again (HikariCP's default {@code maxLifetime}). */
    static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);

    private final DataSource physical;
    private final int size;
    private final Duration timeout;
    private final long maxLifetimeNanos;
    private final Semaphore permits;
    /** Connections given back, most recent first. */
    private final ConcurrentLinkedDeque<Slot> idle = new ConcurrentLinkedDeque<>();
    /** Every open physical connection of the pool, lent or idle. */
    private final Map<java.sql.Connection, Slot> open = new ConcurrentHashMap<>();
    private volatile boolean closed;

    QueuePool(DataSource physical, int size, Duration timeout, Duration maxLifetime) {
        this.physical = physical;
        this.size = size;
        this.timeout = timeout;
        this.maxLifetimeNanos = maxLifetime.toNanos();
        this.permits = new Semaphore(size, true);
    }

    /** One physical connection and what the pool knows of it. */
    private static final class Slot {
        final java.sql.Connection connection;
        final long openedAt;
        /** When it was last given back ({@link System#nanoTime()}). */
        long idleSince;

        Slot(java.sql.Connection connection, long openedAt) {
            this.connection = connection;
            this.openedAt = openedAt;
        }
    }

    @Override
    public java.sql.Connection borrow() throws SQLException {
        checkOpen();
        if (!permits.tryAcquire()) {
            waitForPermit();
        }
        try {
            checkOpen();
            for (Slot s; (s = idle.pollFirst()) != null;) {
                if (usable(s)) {
                    return s.connection;
                }
                discard(s);
            }
            return openNew();
        } catch (SQLException | RuntimeException | Error e) {
            permits.release();
            throw e;
        }
    }

    private void waitForPermit() throws SQLException {
        if (!Pools.awaitPermit(permits, timeout, "a connection of the pool")) {
            long waited = timeout.toMillis();
            throw new PoolTimeoutException(size, waited,
                    new SQLTransientConnectionException("request timed out after " + waited + " ms", "08001"));
        }
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("The engine is closed", "08003");
        }
    }

    /** Whether an idle connection may be lent: young enough, and alive if it sat idle for a while. */
    private boolean usable(Slot s) {
        long now = System.nanoTime();
        if (now - s.openedAt > maxLifetimeNanos) {
            return false;
        }
        if (now - s.idleSince <= VALIDATE_AFTER_IDLE_NANOS) {
            return true;
        }
        try {
            return s.connection.isValid(VALIDATE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            EngineLog.LOG.debug("A pooled connection failed its check and is closed", e);
            return false;
        }
    }

    private java.sql.Connection openNew() throws SQLException {
        java.sql.Connection c = Pools.openPhysical(physical);
        open.put(c, new Slot(c, System.nanoTime()));
        if (closed) { // the pool closed while this one was opened: it must not outlive the pool
            discard(open.get(c));
            checkOpen();
        }
        return c;
    }

    /**
     * Keeps a connection given back for the next user. The engine has ended its transaction (a
     * connection whose commit or rollback failed comes back through {@link #discard} instead), so
     * nothing is reset here: resetting an ended transaction would cost a driver call per checkout.
     */
    @Override
    public void release(java.sql.Connection c) throws SQLException {
        try {
            Slot s = open.get(c);
            if (s == null) {
                c.close(); // already discarded by close(): nothing to keep
                return;
            }
            long now = System.nanoTime();
            if (closed || now - s.openedAt > maxLifetimeNanos || open.size() > size) {
                // (more than size are open only when a borrower opened one as another was given back)
                discard(s);
                return;
            }
            s.idleSince = now;
            idle.offerFirst(s);
            if (closed && idle.remove(s)) { // close() ran between the check and the offer
                discard(s);
            }
        } finally {
            permits.release();
        }
    }

    /** Closes a connection whose transaction could not be ended, and frees its place. */
    @Override
    public void discard(java.sql.Connection c) {
        try {
            Slot s = open.get(c);
            if (s != null) {
                discard(s);
            } else {
                try {
                    c.close();
                } catch (SQLException e) {
                    EngineLog.LOG.debug("Could not close a pooled connection", e);
                }
            }
        } finally {
            permits.release();
        }
    }

    /** Closes a connection and forgets it. */
    private void discard(Slot s) {
        if (s == null) {
            return;
        }
        open.remove(s.connection);
        try {
            s.connection.close();
        } catch (SQLException e) {
            EngineLog.LOG.debug("Could not close a pooled connection", e);
        }
    }

    /** Closes every connection: the idle ones now, and the lent ones too (their users get errors). */
    @Override
    public void close() {
        closed = true;
        for (Slot s; (s = idle.pollFirst()) != null;) {
            discard(s);
        }
        for (Slot s : open.values()) {
            discard(s);
        }
    }

    /** Open physical connections, lent or idle (for tests). */
    int openConnections() {
        return open.size();
    }

    /** Idle connections (for tests). */
    int idleConnections() {
        return idle.size();
    }

    @Override
    public String toString() {
        return "QueuePool(" + physical + ", at most " + size + ")";
    }
}
