package dev.retort.asyncio;

import dev.retort.engine.Engine;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.ResourceClosedException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An {@link Engine} used from non-blocking code: SQLAlchemy's {@code AsyncEngine}
 * ({@code create_async_engine}).
 *
 * <pre>{@code
 * AsyncEngine engine = AsyncEngine.create("sqlite+aiosqlite:///example.db");
 * engine.connect()
 *       .thenCompose(conn -> conn.execute(select(users))
 *               .whenComplete((r, e) -> conn.close()))
 *       .thenAccept(result -> result.all().forEach(System.out::println));
 * }</pre>
 *
 * <p><b>Threads.</b> Every operation runs on the engine's own daemon threads, named
 * {@code retort-async-1}, {@code retort-async-2}, ... (as many as the pool has connections, plus
 * one), and its future completes there. No caller thread ever waits for the database. To continue
 * on your own executor, hop with {@code future.thenApplyAsync(fn, appExecutor)}; code chained with
 * the non-{@code Async} methods ({@code thenApply}, {@code thenCompose}) runs on Retort's thread and
 * must not block it.
 *
 * <p><b>Connections.</b> Each {@link AsyncConnection} and each {@link AsyncSession} in a
 * transaction holds one JDBC connection, used by one task at a time in the order the operations
 * were called. When all are taken, a new one waits without a thread; after {@code connectTimeout}
 * (30 s by default) its future completes with {@link dev.retort.exc.PoolTimeoutException}.
 *
 * <p><b>URLs.</b> Every URL {@link Engine#create} accepts, and the async driver names of
 * SQLAlchemy's URLs: {@code sqlite+aiosqlite}, {@code postgresql+asyncpg},
 * {@code postgresql+psycopg}, {@code mysql+aiomysql}, {@code mysql+asyncmy},
 * {@code mariadb+asyncmy}, and {@code +async} for any dialect. The JDBC driver does the work.
 *
 * <p>Thread-safe; create one per database and application, and {@link #close()} it at the end.
 */
public final class AsyncEngine implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Map<String, Set<String>> ASYNC_DRIVERS = Map.of(
            "sqlite", Set.of("aiosqlite"),
            "postgresql", Set.of("asyncpg", "psycopg", "psycopg_async"),
            "mysql", Set.of("aiomysql", "asyncmy"),
            "mariadb", Set.of("aiomysql", "asyncmy"));

    private final Engine engine;
    private final boolean ownsEngine;
    private final Gate gate;
    private final ThreadPoolExecutor threads;
    private final ScheduledThreadPoolExecutor timer;
    private final Duration statementTimeout;
    private final int fetchSize;
    private volatile boolean closed;
    private CompletableFuture<Void> disposed;

    private AsyncEngine(Engine engine, boolean ownsEngine, int connections, int threadCount, Duration connectTimeout,
            Duration statementTimeout, int fetchSize) {
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.statementTimeout = statementTimeout;
        this.fetchSize = fetchSize;
        this.timer = new ScheduledThreadPoolExecutor(1, named("retort-async-timer"));
        this.timer.setRemoveOnCancelPolicy(true);
        this.threads = new ThreadPoolExecutor(threadCount, threadCount, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "retort-async-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.gate = new Gate(connections, connectTimeout.toMillis(), timer);
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** An async engine for a URL with the default settings (SQLAlchemy's {@code create_async_engine}). */
    public static AsyncEngine create(String url) {
        return builder(url).build();
    }

    /** Starts configuring an async engine for a URL. */
    public static Builder builder(String url) {
        return new Builder(Objects.requireNonNull(url, "url"), null);
    }

    /**
     * Starts configuring an async engine over an engine you made (and close yourself). Set
     * {@link Builder#poolSize} to the number of connections that engine's pool lends.
     */
    public static Builder builder(Engine engine) {
        return new Builder(null, Objects.requireNonNull(engine, "engine"));
    }

    /** Settings for an async engine. */
    public static final class Builder {
        private final String url;
        private final Engine engine;
        private boolean echo;
        private Integer poolSize;
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration statementTimeout;
        private int fetchSize = 1000;
        private Integer threads;

        private Builder(String url, Engine engine) {
            this.url = url;
            this.engine = engine;
        }

        /** Shows every statement on standard output, as {@link Engine.Builder#echo}. */
        public Builder echo(boolean echo) {
            this.echo = echo;
            return this;
        }

        /** The most connections in use at once (5 by default; 1 for SQLite, which writes one at a time). */
        public Builder poolSize(int size) {
            if (size < 1) {
                throw new ArgumentException("poolSize must be at least 1, not " + size);
            }
            this.poolSize = size;
            return this;
        }

        /** How long an operation waits for a free connection before failing with PoolTimeoutException (30 s). */
        public Builder connectTimeout(Duration timeout) {
            if (timeout == null || timeout.toMillis() < 1) {
                throw new ArgumentException("connectTimeout must be at least 1 ms, not " + timeout);
            }
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * A timeout for every operation's statements (none by default); a connection or session
         * can set its own. An operation that runs longer is cancelled, rolled back, and completes
         * with {@link dev.retort.exc.StatementTimeoutException}.
         */
        public Builder statementTimeout(Duration timeout) {
            this.statementTimeout = checkTimeout(timeout);
            return this;
        }

        /** Rows fetched per round trip by streams (1000): bounds the memory a stream takes. */
        public Builder fetchSize(int rows) {
            if (rows < 1) {
                throw new ArgumentException("fetchSize must be at least 1, not " + rows);
            }
            this.fetchSize = rows;
            return this;
        }

        /** The number of Retort threads (the pool size plus one by default). */
        public Builder threads(int count) {
            if (count < 1) {
                throw new ArgumentException("threads must be at least 1, not " + count);
            }
            this.threads = count;
            return this;
        }

        /** Creates the engine; nothing connects yet. */
        public AsyncEngine build() {
            Engine sync = engine;
            if (sync == null) {
                // The gate does the waiting for a free connection (connectTimeout); the pool underneath
                // never has waiters, and its timeout only bounds opening a physical connection.
                Engine.Builder b = Engine.builder(syncUrl(url)).echo(echo).connectTimeout(
                        connectTimeout.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : connectTimeout);
                if (poolSize != null) {
                    b.poolSize(poolSize);
                }
                sync = b.build();
            }
            int connections = poolSize != null ? poolSize
                    : sync.dialect().prefersSingleConnection("jdbc:" + sync.dialect().name() + ":") ? 1 : 5;
            return new AsyncEngine(sync, engine == null, connections, threads != null ? threads : connections + 1,
                    connectTimeout, statementTimeout, fetchSize);
        }
    }

    static Duration checkTimeout(Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new ArgumentException("A statement timeout must be positive, not " + timeout);
        }
        return timeout;
    }

    /**
     * The URL for the synchronous engine: the async driver name of a SQLAlchemy URL
     * ({@code sqlite+aiosqlite://}) names the flavour, not a driver Retort loads, so it goes.
     */
    static String syncUrl(String url) {
        int sep = url.indexOf("://");
        if (sep < 0 || url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return url;
        }
        String scheme = url.substring(0, sep);
        int plus = scheme.indexOf('+');
        if (plus < 0) {
            return url;
        }
        String dialect = scheme.substring(0, plus).toLowerCase(Locale.ROOT);
        String driver = scheme.substring(plus + 1).toLowerCase(Locale.ROOT);
        if (driver.equals("async") || ASYNC_DRIVERS.getOrDefault(dialect, Set.of()).contains(driver)) {
            return scheme.substring(0, plus) + url.substring(sep);
        }
        return url;
    }

    // ------------------------------------------------------------------ connections

    /**
     * A connection, once one is free: SQLAlchemy's {@code async with engine.connect() as conn}.
     * Close it when done ({@link AsyncConnection#close()}), or use {@link #withConnection}.
     */
    public CompletableFuture<AsyncConnection> connect() {
        checkOpen();
        AsyncConnection c = new AsyncConnection(this);
        return c.open().thenApply(x -> c);
    }

    /**
     * Runs {@code work} with a connection and closes the connection after the future {@code work}
     * returns has completed, rolling back what was not committed.
     */
    public <R> CompletableFuture<R> withConnection(Function<? super AsyncConnection, ? extends CompletionStage<R>> work) {
        return connect().thenCompose(conn -> Futures.finallyClose(Futures.call(work, conn), conn::close));
    }

    /**
     * Runs {@code work} in a transaction: commits when its future succeeds, rolls back when it (or
     * {@code work} itself) fails; SQLAlchemy's {@code async with engine.begin() as conn}.
     */
    public <R> CompletableFuture<R> inTransaction(Function<? super AsyncConnection, ? extends CompletionStage<R>> work) {
        return withConnection(conn -> conn.begin()
                .thenCompose(x -> Futures.call(work, conn))
                .thenCompose(r -> conn.commit().thenApply(x -> r)));
    }

    /** The synchronous engine underneath (SQLAlchemy's {@code async_engine.sync_engine}). */
    public Engine syncEngine() {
        return engine;
    }

    /** The most connections in use at once. */
    public int poolSize() {
        return gate.size();
    }

    /** The URL (password masked). */
    public String url() {
        return engine.url();
    }

    /**
     * Stops the engine: work already queued still runs, then the threads end and, for an engine
     * made from a URL, the engine underneath closes. Returns at once; see {@link #dispose()}.
     */
    @Override
    public void close() {
        dispose();
    }

    /**
     * {@link #close()}, returning a future that completes once the queued work has run and the
     * engine is closed (SQLAlchemy's {@code await engine.dispose()}).
     */
    public synchronized CompletableFuture<Void> dispose() {
        if (disposed != null) {
            return disposed;
        }
        closed = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        disposed = done;
        threads.shutdown();
        Thread t = new Thread(() -> {
            try {
                threads.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer.shutdown();
            if (ownsEngine) {
                engine.close();
            }
            done.complete(null);
        }, "retort-async-dispose");
        t.setDaemon(true);
        t.start();
        return done;
    }

    @Override
    public String toString() {
        return "AsyncEngine(" + engine.url() + (closed ? ", closed" : "") + ")";
    }

    // ------------------------------------------------------------------ for the package

    void checkOpen() {
        if (closed) {
            throw new ResourceClosedException("This async engine is closed; create a new one");
        }
    }

    Executor threads() {
        return threads;
    }

    ScheduledThreadPoolExecutor timer() {
        return timer;
    }

    Gate gate() {
        return gate;
    }

    Duration statementTimeout() {
        return statementTimeout;
    }

    int fetchSize() {
        return fetchSize;
    }
}
