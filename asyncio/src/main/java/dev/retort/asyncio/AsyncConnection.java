package dev.retort.asyncio;

import dev.retort.engine.Connection;
import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.exc.ResourceClosedException;
import dev.retort.sql.Executable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * A database connection used from non-blocking code: SQLAlchemy's {@code AsyncConnection}. Every
 * method returns at once; the work runs on Retort's threads, one operation after the other in the
 * order they were called, and the future completes there (see {@link AsyncEngine} for hopping
 * back to your executor). "Commit as you go", as {@link Connection}: the first statement begins a
 * transaction, {@link #commit()} or {@link #rollback()} ends it, {@link #close()} rolls back what
 * was not committed and gives the connection back.
 *
 * <pre>{@code
 * engine.connect().thenCompose(conn -> conn.execute(users.insert(), Map.of("name", "jack"))
 *         .thenCompose(r -> conn.commit())
 *         .whenComplete((x, e) -> conn.close()));
 * }</pre>
 *
 * <p><b>Cancelling</b> a returned future cancels its statement ({@code Statement.cancel()};
 * Derby's embedded driver cannot, so there the statement runs to its end) and rolls the
 * transaction back; the connection stays usable. An operation still queued is simply dropped.
 * A {@linkplain #setStatementTimeout statement timeout} does the same and fails the future with
 * {@link dev.retort.exc.StatementTimeoutException}. Cancel the future Retort returned: cancelling
 * a stage derived from it ({@code thenApply}) does not reach back.
 */
public final class AsyncConnection {
    private final AsyncEngine engine;
    private final Lane lane;
    private final Op.Target target;
    /** Lane-confined. */
    private Connection connection;
    private boolean closed;
    private volatile Duration timeout;

    AsyncConnection(AsyncEngine engine) {
        this.engine = engine;
        this.timeout = engine.statementTimeout();
        this.lane = new Lane(engine.threads(), engine.gate(), () -> connection != null);
        this.target = new Op.Target() {
            @Override
            public Connection pin() {
                return live();
            }

            @Override
            public void recover() {
                if (connection != null && connection.inTransaction()) {
                    connection.rollback();
                }
            }
        };
    }

    CompletableFuture<Void> open() {
        return Op.submit(lane, new Op.Target() {
            @Override
            public Connection pin() {
                return null;
            }

            @Override
            public void recover() {
                // nothing to roll back yet
            }
        }, true, null, engine.timer(), () -> {
            connection = engine.syncEngine().connect();
            return null;
        });
    }

    private Connection live() {
        if (closed || connection == null) {
            throw new ResourceClosedException("This async connection is closed; get a new one with engine.connect()");
        }
        return connection;
    }

    private <T> CompletableFuture<T> run(Op.Work<T> work) {
        return Op.submit(lane, target, true, timeout, engine.timer(), work);
    }

    // ------------------------------------------------------------------ executing

    /** Executes a statement; the future has its rows read completely (see {@link BufferedResult}). */
    public CompletableFuture<BufferedResult> execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Executes a statement with parameters, as {@link Connection#execute(Executable, Map)}. */
    public CompletableFuture<BufferedResult> execute(Executable statement, Map<String, ?> parameters) {
        Objects.requireNonNull(statement, "statement");
        Map<String, ?> p = Map.copyOf(parameters);
        return run(() -> BufferedResult.of(live().execute(statement, p)));
    }

    /** Executes a statement once per parameter set (executemany), as {@link Connection#execute(Executable, List)}. */
    public CompletableFuture<BufferedResult> execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        Objects.requireNonNull(statement, "statement");
        List<? extends Map<String, ?>> sets = List.copyOf(parameterSets);
        return run(() -> BufferedResult.of(live().execute(statement, sets)));
    }

    /** The first column of the first row, or {@code null}. */
    public CompletableFuture<Object> scalar(Executable statement) {
        return scalar(statement, Map.of());
    }

    /** The first column of the first row, or {@code null}, with parameters. */
    public CompletableFuture<Object> scalar(Executable statement, Map<String, ?> parameters) {
        Objects.requireNonNull(statement, "statement");
        Map<String, ?> p = Map.copyOf(parameters);
        return run(() -> {
            try (Result r = live().execute(statement, p)) {
                return r.scalar();
            }
        });
    }

    /** Streams the rows of a statement with back-pressure (SQLAlchemy's {@code await conn.stream(...)}). */
    public Flow.Publisher<Row> stream(Executable statement) {
        return stream(statement, Map.of());
    }

    /**
     * Streams the rows of a statement with parameters. Cold: each subscriber executes the
     * statement on this connection when it first requests rows, and gets rows as it requests
     * them, read through a cursor with the engine's fetch size; cancelling the subscription closes
     * the cursor. Other operations on this connection wait for their turn between batches.
     */
    public Flow.Publisher<Row> stream(Executable statement, Map<String, ?> parameters) {
        Objects.requireNonNull(statement, "statement");
        Map<String, ?> p = Map.copyOf(parameters);
        return new StreamPublisher<>(lane, target, () -> {
            Connection c = live();
            c.setFetchSize(engine.fetchSize());
            Result r;
            try {
                r = c.execute(statement, p);
            } finally {
                c.setFetchSize(0);
            }
            return new StreamPublisher.Cursor<Row>() {
                @Override
                public Row next() {
                    return r.fetchOne();
                }

                @Override
                public void close() {
                    r.close();
                }
            };
        }, 256);
    }

    /**
     * Runs synchronous code with the {@link Connection} underneath, on Retort's thread, in turn
     * with this connection's other operations (SQLAlchemy's {@code run_sync}). Do not keep the
     * connection beyond {@code work}.
     */
    public <R> CompletableFuture<R> runSync(Function<? super Connection, ? extends R> work) {
        Objects.requireNonNull(work, "work");
        return run(() -> work.apply(live()));
    }

    // ------------------------------------------------------------------ transactions

    /** Begins a transaction explicitly (the first statement would begin one anyway). */
    public CompletableFuture<Void> begin() {
        return run(() -> {
            live().begin();
            return null;
        });
    }

    /** Commits the transaction in progress. */
    public CompletableFuture<Void> commit() {
        return run(() -> {
            live().commit();
            return null;
        });
    }

    /** Rolls back the transaction in progress. */
    public CompletableFuture<Void> rollback() {
        return run(() -> {
            live().rollback();
            return null;
        });
    }

    /**
     * Sets a timeout for each of this connection's operations from now on ({@code null}: none; the
     * engine's {@code statementTimeout} by default). An operation that runs longer has its statement
     * cancelled and its transaction rolled back, and fails with
     * {@link dev.retort.exc.StatementTimeoutException}.
     */
    public void setStatementTimeout(Duration timeout) {
        this.timeout = AsyncEngine.checkTimeout(timeout);
    }

    /** Rolls back what was not committed and gives the connection back; does nothing when closed. */
    public CompletableFuture<Void> close() {
        return Op.submit(lane, target, false, null, engine.timer(), () -> {
            if (!closed) {
                closed = true;
                Connection c = connection;
                connection = null;
                try {
                    if (c != null) {
                        c.close();
                    }
                } finally {
                    lane.releasePermit();
                }
            }
            return null;
        });
    }

    @Override
    public String toString() {
        return "AsyncConnection(" + engine.url() + ")";
    }
}
