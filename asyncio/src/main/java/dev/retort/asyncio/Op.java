package dev.retort.asyncio;

import dev.retort.engine.Connection;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.StatementTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The future of one operation on a lane, and the task that runs it. Cancelling it before it runs
 * drops the task; while it runs, it cancels the statement executing on the lane's connection
 * ({@code Statement.cancel()}), and after the task the lane's transaction is rolled back, so the
 * connection or session is usable again. A timeout does the same and completes the future with
 * {@link StatementTimeoutException}.
 *
 * @param <T> the result
 */
final class Op<T> extends CompletableFuture<T> {
    /** What an operation works on: a connection or a session. */
    interface Target {
        /**
         * On the lane, before an operation that uses the database: the connection a cancel should
         * reach (for a session, the connection of its transaction, begun here).
         */
        Connection pin();

        /** On the lane, after an operation was cancelled or timed out: rolls back. */
        void recover();
    }

    /** The work, run on the lane. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int RETRIES = 100;
    private static final long RETRY_MILLIS = 50;

    private final Target target;
    private final boolean usesDatabase;
    private final long timeoutMillis;
    private final ScheduledExecutorService timer;
    private final Work<T> work;
    private int state;
    private Connection connection;
    private boolean timedOut;
    private boolean interrupted;

    private Op(Target target, boolean usesDatabase, Duration timeout, ScheduledExecutorService timer, Work<T> work) {
        this.target = target;
        this.usesDatabase = usesDatabase;
        this.timeoutMillis = timeout == null ? 0 : timeout.toMillis();
        this.timer = timer;
        this.work = work;
    }

    /** Submits {@code work} to {@code lane} and returns its future. */
    static <T> Op<T> submit(Lane lane, Target target, boolean usesDatabase, Duration timeout,
            ScheduledExecutorService timer, Work<T> work) {
        Op<T> op = new Op<>(target, usesDatabase, timeout, timer, work);
        lane.submit(op.task());
        return op;
    }

    private Lane.Task task() {
        return new Lane.Task() {
            @Override
            boolean needsPermit() {
                return usesDatabase;
            }

            @Override
            void run() {
                execute();
            }

            @Override
            void fail(Throwable error) {
                completeExceptionally(error);
            }
        };
    }

    /**
     * Cancels the operation: a queued one never runs; a running one has its statement cancelled
     * (where the driver can) and its transaction rolled back when it ends.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            interruptStatement(false);
        }
        return cancelled;
    }

    private void interruptStatement(boolean timeout) {
        interruptStatement(timeout, 0);
    }

    /**
     * Cancels the running statement. A cancel can land between statements (or, on PostgreSQL, just
     * before the server starts executing), where it has no effect; so it is repeated every
     * {@value #RETRY_MILLIS} ms while the operation still runs, {@value #RETRIES} times at most.
     */
    private void interruptStatement(boolean timeout, int attempt) {
        synchronized (this) {
            if (state != RUNNING) {
                return;
            }
            interrupted = true;
            timedOut |= timeout;
            if (connection != null) {
                connection.cancel();
            }
        }
        if (attempt < RETRIES) {
            try {
                timer.schedule(() -> interruptStatement(timeout, attempt + 1), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the engine is shutting down: the operation ends with it
            }
        }
    }

    private void execute() {
        synchronized (this) {
            if (isDone()) {
                state = DONE;
                return; // cancelled while queued
            }
            state = RUNNING;
        }
        ScheduledFuture<?> timeout = null;
        try {
            if (usesDatabase) {
                Connection c = target.pin();
                synchronized (this) {
                    connection = c;
                    if (interrupted && c != null) {
                        c.cancel();
                    }
                }
                if (c != null && timeoutMillis > 0) {
                    // whole seconds, rounded up: the driver's own timeout, for drivers that cannot cancel
                    c.setQueryTimeout((int) Math.max(1, (timeoutMillis + 999) / 1000));
                }
            }
            if (timeoutMillis > 0) {
                timeout = timer.schedule(() -> interruptStatement(true), timeoutMillis, TimeUnit.MILLISECONDS);
            }
            T value;
            try {
                value = work.run();
            } catch (Throwable e) {
                end(timeout);
                boolean ranOut = timeoutMillis > 0 && (timedOut() || isTimeout(e));
                if (ranOut) {
                    recover();
                    completeExceptionally(timeoutError(e));
                } else {
                    if (isCancelled()) {
                        recover();
                    }
                    completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
                }
                return;
            }
            end(timeout);
            if (isCancelled() || timedOut()) {
                recover();
                if (timedOut()) {
                    completeExceptionally(timeoutError(null));
                }
                return;
            }
            complete(value);
        } catch (Throwable e) {
            end(timeout);
            completeExceptionally(e);
        }
    }

    private void end(ScheduledFuture<?> timeout) {
        if (timeout != null) {
            timeout.cancel(false);
        }
        Connection c;
        synchronized (this) {
            state = DONE;
            c = connection;
            connection = null;
        }
        if (c != null && timeoutMillis > 0 && !c.isClosed()) {
            c.setQueryTimeout(0);
        }
    }

    private synchronized boolean timedOut() {
        return timedOut;
    }

    private void recover() {
        try {
            target.recover();
        } catch (RuntimeException e) {
            // the rollback of a cancelled statement's transaction failed: the next operation reports it
        }
    }

    private static boolean isTimeout(Throwable e) {
        Throwable c = e instanceof DatabaseException ? e.getCause() : e;
        return c instanceof SQLTimeoutException;
    }

    private StatementTimeoutException timeoutError(Throwable e) {
        if (e instanceof StatementTimeoutException) {
            return (StatementTimeoutException) e;
        }
        String sql = e instanceof DatabaseException ? ((DatabaseException) e).statement() : null;
        SQLException cause = e instanceof DatabaseException ? ((DatabaseException) e).sqlException()
                : new SQLTimeoutException("Cancelled after " + timeoutMillis + " ms", "57014");
        StatementTimeoutException x = new StatementTimeoutException(sql, null, null, timeoutMillis, cause);
        if (e != null && e != cause) {
            x.addSuppressed(e);
        }
        return x;
    }
}
