package dev.retort.asyncio;

import dev.retort.exc.PoolTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The async engine's admission to its connection pool: as many permits as the pool has
 * connections. Waiting for one parks a future, never a thread; a waiter not served within the
 * connect timeout completes with {@link PoolTimeoutException}. Holding a permit, a lane's
 * {@code engine.connect()} finds a connection free and does not wait either.
 */
final class Gate {
    private final int size;
    private final long timeoutMillis;
    private final ScheduledExecutorService timer;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private int free;

    Gate(int size, long timeoutMillis, ScheduledExecutorService timer) {
        this.size = size;
        this.free = size;
        this.timeoutMillis = timeoutMillis;
        this.timer = timer;
    }

    /** A future that completes when a permit is the caller's, or with {@link PoolTimeoutException}. */
    CompletableFuture<Void> acquire() {
        Waiter w;
        synchronized (this) {
            if (free > 0 && waiters.isEmpty()) {
                free--;
                return CompletableFuture.completedFuture(null);
            }
            w = new Waiter(System.nanoTime());
            waiters.add(w);
        }
        w.timeout = timer.schedule(() -> expire(w), timeoutMillis, TimeUnit.MILLISECONDS);
        return w.future;
    }

    private void expire(Waiter w) {
        synchronized (this) {
            if (!waiters.remove(w)) {
                return; // served meanwhile
            }
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - w.since);
        w.future.completeExceptionally(new PoolTimeoutException(size, waited, new SQLTransientConnectionException(
                "No permit for a connection of the async engine within " + waited + " ms")));
    }

    /** Gives a permit back: to the longest waiter, else to the pool of free ones. */
    void release() {
        Waiter next;
        synchronized (this) {
            next = waiters.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        ScheduledFuture<?> t = next.timeout;
        if (t != null) {
            t.cancel(false);
        }
        next.future.complete(null);
    }

    int size() {
        return size;
    }

    private static final class Waiter {
        final long since;
        final CompletableFuture<Void> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;

        Waiter(long since) {
            this.since = since;
        }
    }
}
