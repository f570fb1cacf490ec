package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.Feature;
import dev.retort.engine.reflect.Inspector;
import dev.retort.engine.reflect.JdbcAccess;
import dev.retort.engine.reflect.JdbcFunction;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.MissingDriverException;
import dev.retort.exc.ResourceClosedException;
import dev.retort.sql.Connectable;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import dev.retort.sql.compile.CompiledCache;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The home base of a database: a connection pool and a dialect. SQLAlchemy's {@code Engine}.
 *
 * <pre>{@code
 * Engine engine = Engine.create("derby:///:memory:");
 * Engine echo = Engine.builder("postgresql://scott:tiger@localhost/test").echo(true).poolSize(10).build();
 * Engine mine = Engine.of(dataSource);                    // bring your own pool
 *
 * try (Connection conn = engine.connect()) { ...; conn.commit(); }   // commit as you go
 * try (Connection conn = engine.begin()) { ... }                     // commits on close
 * engine.transaction(conn -> conn.execute(...));                      // commits, or rolls back on exception
 * }</pre>
 *
 * <p><b>URLs</b> are described by {@link EngineUrl}. A bad URL, an unknown dialect or a missing
 * JDBC driver fails here, with a message naming the URL (password masked) and what to do.
 * Nothing connects before the first {@link #connect()}, except for an in-memory SQLite database
 * (below).
 *
 * <p><b>Pool.</b> A URL engine pools its connections: by default with its built-in pool, which
 * lends at most {@code poolSize} connections (5 by default) and keeps the ones given back open for
 * the next user (SQLAlchemy's {@code QueuePool}); on SQLite, unless a pool size is asked for, one
 * connection lent to one user at a time. With {@code dev.retort:retort-hikari} on the class path,
 * HikariCP pools instead; with {@code pooled(false)}, every {@link #connect()} opens a connection
 * and closes it afterwards (see
 * {@link ConnectionPool}). Either way the physical connections come from the JDBC driver through a
 * small data source that passes the user and password as driver properties and applies
 * {@link Dialect#initializeConnection} to every new physical connection, once. With {@link #of(DataSource)} the pool is yours: Retort applies
 * {@code initializeConnection} on every checkout (it cannot tell new physical connections from
 * reused ones), switches auto-commit off for the checkout if it was on, and never closes your
 * data source.
 *
 * <p><b>In-memory databases.</b> Each engine on a {@code :memory:} URL gets its own database
 * under a fresh name (two engines never share one); {@link #close()} disposes of it. Where such a
 * database vanishes with its last connection ({@link Dialect#isTransientMemoryUrl}, SQLite), the
 * engine holds one extra "keeper" connection outside the pool for its whole life.
 *
 * <p><b>Derby</b> writes {@code derby.log} into the working directory unless told otherwise:
 * before the first Derby URL is opened, when none of the system properties
 * {@code derby.stream.error.file}, {@code .field}, {@code .method} is set, the engine sets
 * {@code derby.stream.error.file} to {@code retort-derby.log} in {@code java.io.tmpdir} (not for
 * your own data source: the engine cannot know it is Derby before it has connected).
 *
 * <p>{@code echo(true)} prints every statement with its parameters, and BEGIN, COMMIT, ROLLBACK and
 * savepoints, to standard output (and logs them at INFO on {@code dev.retort.engine}); otherwise
 * they are logged at DEBUG. Passwords never appear in {@link #toString()}, echo or messages.
 *
 * <p>Thread-safe; create one per database and application and share it.
 */
public final class Engine implements Connectable, JdbcAccess, AutoCloseable {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final String url;
    private final Dialect dialect;
    private final EngineLog log;
    private final KnownConstraints constraints = new KnownConstraints();
    private final PooledSequences sequences = new PooledSequences();
    private final DataSource source;
    private final ConnectionPool pool;
    private final java.sql.Connection keeper;
    private final String memoryName;
    /** Compilations of SELECTs and text by structure; {@code null} when turned off. */
    private final CompiledCache compiledCache;
    /** The row shapes of recent SELECTs, built once per compiled statement rather than once per execution. */
    private final RowShapes rowShapes = new RowShapes();
    /** Compiled statements kept by an engine unless {@link Builder#compiledCacheSize(int)} says otherwise. */
    public static final int DEFAULT_COMPILED_CACHE_SIZE = 500;

    private volatile boolean closed;
    /**
     * An embedded database's own connection source, until its first connection has been opened:
     * booting (or creating) the database can take longer than {@code connectTimeout}, and must not
     * count against the first borrower's wait.
     */
    private volatile DataSource bootFirst;

    private Engine(String url, Dialect dialect, EngineLog log, DataSource source, ConnectionPool pool,
            java.sql.Connection keeper, String memoryName, int compiledCacheSize) {
        this.compiledCache = compiledCacheSize > 0 ? new CompiledCache(compiledCacheSize) : null;
        this.url = url;
        this.dialect = dialect;
        this.log = log;
        this.source = source;
        this.pool = pool;
        this.keeper = keeper;
        this.memoryName = memoryName;
    }

    /** An engine for a URL with the default settings. See {@link EngineUrl} for the forms. */
    public static Engine create(String url) {
        return builder(url).build();
    }

    /** An engine over your own data source, its dialect detected from the first connection's URL. */
    public static Engine of(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /** Starts configuring an engine for a URL. */
    public static Builder builder(String url) {
        return new Builder(url, null);
    }

    /** Starts configuring an engine over your own data source. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(null, Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Settings for an engine. */
    public static final class Builder {
        private final String url;
        private final DataSource dataSource;
        private boolean echo;
        private boolean hideParameters;
        private final java.util.List<StatementListener> listeners = new java.util.ArrayList<>();
        private Integer poolSize;
        private boolean pooled = true;
        private Duration connectTimeout;
        private Dialect dialect;
        private int compiledCacheSize = DEFAULT_COMPILED_CACHE_SIZE;

        private Builder(String url, DataSource dataSource) {
            this.url = url;
            this.dataSource = dataSource;
        }

        /** Print every statement, its parameters and the transaction boundaries to standard output. */
        public Builder echo(boolean echo) {
            this.echo = echo;
            return this;
        }

        /**
         * Show {@code [SQL parameters hidden due to hide_parameters=True]} instead of the values, in
         * echo, logs and exception messages ({@code DatabaseException.parameters()} still carries
         * them, for code).
         */
        public Builder hideParameters(boolean hide) {
            this.hideParameters = hide;
            return this;
        }

        /** Adds a listener told about every statement before it runs (see {@link StatementListener}). */
        public Builder listener(StatementListener listener) {
            this.listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * The most connections the pool lends at once (default 5): the built-in pool's, or the pool
         * library's ({@code dev.retort:retort-hikari}) when one is on the class path. On SQLite it
         * replaces the one lent connection by a pool of this size. Ignored for your own data source.
         */
        public Builder poolSize(int size) {
            if (size < 1) {
                throw new ArgumentException("poolSize must be at least 1, not " + size);
            }
            this.poolSize = size;
            return this;
        }

        /**
         * {@code false}: no pool at all, a new physical connection for every {@link Engine#connect()},
         * closed when the connection is closed (SQLAlchemy's {@code NullPool}); for a database that
         * pools on its side (PgBouncer) or a program that connects once. Default {@code true}.
         * Ignored for your own data source.
         */
        public Builder pooled(boolean pooled) {
            this.pooled = pooled;
            return this;
        }

        /** How long {@link Engine#connect()} waits for a connection (default 30 s, at least 250 ms). */
        public Builder connectTimeout(Duration timeout) {
            if (timeout.toMillis() < 250) {
                throw new ArgumentException("connectTimeout must be at least 250 ms, not " + timeout.toMillis() + " ms");
            }
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * The dialect to use instead of the one the URL names or the data source's URL suggests:
         * for a {@code jdbc:} URL of a database a known dialect speaks, or a dialect of your own.
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * How many compiled statements the engine keeps (default {@value Engine#DEFAULT_COMPILED_CACHE_SIZE}),
         * as SQLAlchemy's {@code query_cache_size}: a SELECT or {@code text()} built again with the
         * same structure and other values is not compiled again (see {@link #compiledCache()}).
         * {@code 0} turns the cache off.
         */
        public Builder compiledCacheSize(int size) {
            if (size < 0) {
                throw new ArgumentException("compiledCacheSize must be 0 (off) or more, not " + size);
            }
            this.compiledCacheSize = size;
            return this;
        }

        /**
         * Creates the engine.
         *
         * @throws dev.retort.exc.InvalidUrlException for a URL that cannot be parsed
         * @throws dev.retort.exc.UnknownDialectException for a dialect Retort does not know
         * @throws MissingDriverException when no JDBC driver on the class path takes the URL
         */
        public Engine build() {
            EngineLog log = new EngineLog(echo, hideParameters, listeners);
            return url != null ? fromUrl(this, log) : fromDataSource(this, log);
        }
    }

    private static Engine fromUrl(Builder b, EngineLog log) {
        EngineUrl u = EngineUrl.parse(b.url);
        Dialect dialect = b.dialect != null ? b.dialect : u.dialect();
        long n = SEQUENCE.incrementAndGet();
        String memoryName = u.isMemory() ? "retort_memory_" + n : null;
        String jdbcUrl = u.toJdbcUrl(dialect, memoryName);
        if (jdbcUrl.startsWith("jdbc:derby:")) {
            DerbyErrorLog.redirect(System.getProperties());
        }
        Driver driver;
        try {
            driver = DriverManager.getDriver(jdbcUrl);
        } catch (SQLException e) {
            throw new MissingDriverException("No JDBC driver on the class path accepts " + EngineUrl.mask(jdbcUrl)
                    + " (for the database URL '" + u + "'): add " + dialect.driverCoordinates(jdbcUrl)
                    + " to your dependencies", e);
        }
        DriverDataSource physical = new DriverDataSource(driver, jdbcUrl, u.username(), u.password(), dialect);
        ConnectionPool pool = Pools.open("retort-" + n, physical, dialect, jdbcUrl, b.poolSize, b.connectTimeout, b.pooled);
        java.sql.Connection keeper = null;
        if (dialect.isTransientMemoryUrl(jdbcUrl)) {
            try {
                keeper = physical.getConnection();
            } catch (SQLException e) {
                pool.close();
                throw dialect.wrap(e, null, List.of(), null);
            }
        }
        if (EngineLog.LOG.isDebugEnabled()) {
            EngineLog.LOG.debug("Created engine for {} on {} with {}", u, EngineUrl.mask(jdbcUrl), pool);
        }
        Engine engine = new Engine(u.toString(), dialect, log, null, pool, keeper, memoryName, b.compiledCacheSize);
        if (keeper == null && u.host() == null && !u.isJdbc()) {
            engine.bootFirst = physical; // an embedded database: no host, booted in this JVM
        }
        return engine;
    }

    private static Engine fromDataSource(Builder b, EngineLog log) {
        Dialect dialect = b.dialect;
        String shown = "datasource:" + b.dataSource.getClass().getSimpleName();
        if (dialect == null) {
            try (java.sql.Connection c = b.dataSource.getConnection()) {
                String jdbcUrl = c.getMetaData().getURL();
                dialect = jdbcUrl == null ? Dialects.generic() : Dialects.forJdbcUrl(jdbcUrl);
                shown = jdbcUrl == null ? shown : EngineUrl.mask(jdbcUrl);
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            } catch (SQLException e) {
                throw Dialects.generic().wrap(e, null, List.of(), null);
            }
        }
        return new Engine(shown, dialect, log, b.dataSource, null, null, null, b.compiledCacheSize);
    }

    // ------------------------------------------------------------------ connections

    /**
     * Borrows a connection from the pool. Close it (try-with-resources) to give it back; what it
     * has not committed is rolled back then.
     *
     * @throws ResourceClosedException when the engine is closed
     * @throws dev.retort.exc.DatabaseException when no connection can be had
     */
    public Connection connect() {
        if (closed) {
            throw new ResourceClosedException("This engine is closed; create a new one");
        }
        if (bootFirst != null) {
            boot();
        }
        java.sql.Connection c = acquire();
        boolean restoreAutoCommit = false;
        if (pool == null) {
            try {
                dialect.initializeConnection(c);
                if (c.getAutoCommit()) {
                    c.setAutoCommit(false);
                    restoreAutoCommit = true;
                }
            } catch (SQLException e) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw dialect.wrap(e, null, List.of(), null);
            }
        }
        return new Connection(this, c, restoreAutoCommit);
    }

    /** Opens (and closes) the embedded database's first connection, on the caller's thread, once. */
    private synchronized void boot() {
        DataSource physical = bootFirst;
        if (physical == null) {
            return;
        }
        try {
            physical.getConnection().close();
        } catch (SQLException e) {
            throw dialect.wrap(e, null, List.of(), null);
        }
        bootFirst = null;
    }

    /**
     * Gets a JDBC connection from the pool (or your data source): the one place where failing to
     * get one becomes a Retort exception. A pool that ran out of time reports it itself, as a
     * {@link PoolTimeoutException}, which passes through.
     */
    private java.sql.Connection acquire() {
        try {
            return pool != null ? pool.borrow() : source.getConnection();
        } catch (SQLException e) {
            throw dialect.wrap(e, null, List.of(), null);
        }
    }

    /** Gives a connection back to where {@link #acquire()} got it, its transaction ended. */
    void release(java.sql.Connection c) throws SQLException {
        if (pool != null) {
            pool.release(c);
        } else {
            c.close();
        }
    }

    /** Gives back a connection whose transaction could not be ended: it is not lent again. */
    void discard(java.sql.Connection c) throws SQLException {
        if (pool != null) {
            pool.discard(c);
        } else {
            c.close();
        }
    }

    /**
     * Borrows a connection with a transaction begun. Its {@code close()} commits that transaction
     * — or whichever one is in progress, if you committed or rolled back on the way — unless a
     * statement executed on it since the transaction began threw an exception (any exception from
     * {@code execute}, also one you caught), or you rolled back and executed nothing after; then it
     * rolls back. An exception thrown by your own code between statements does <em>not</em> stop
     * the commit: use {@link #inTransaction} or {@link #transaction} when it should.
     *
     * <pre>{@code
     * try (Connection conn = engine.begin()) {
     *     conn.execute(users.insert(), Map.of("name", "jack"));
     * }   // COMMIT
     * }</pre>
     */
    public Connection begin() {
        Connection c = connect();
        try {
            c.beginCommittingOnClose();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * Runs {@code work} in a transaction on a connection of its own: commits when it returns,
     * rolls back and rethrows when it throws.
     */
    public <R> R inTransaction(Function<? super Connection, ? extends R> work) {
        try (Connection c = connect()) {
            c.begin();
            R r;
            try {
                r = work.apply(c);
            } catch (RuntimeException | Error e) {
                c.rollbackQuietly(e);
                throw e;
            }
            c.commit();
            return r;
        }
    }

    /** {@link #inTransaction} for work that returns nothing. */
    public void transaction(Consumer<? super Connection> work) {
        inTransaction(c -> {
            work.accept(c);
            return null;
        });
    }

    /** Borrows a connection for the length of {@code work}, then rolls back and returns it. */
    @Override
    public <R> R withJdbcConnection(JdbcFunction<R> work) {
        try (Connection c = connect()) {
            c.quietBrackets(); // metadata reads echo nothing, so neither do their BEGIN and ROLLBACK
            return c.withJdbcConnection(work);
        }
    }

    // ------------------------------------------------------------------ schema and reflection

    /**
     * CREATE TABLE (and CREATE INDEX) for each table: in one transaction where the database has
     * transactional DDL, else committing each statement.
     */
    @Override
    public void createTables(List<Table> tables, boolean checkFirst) {
        if (dialect.supports(Feature.TRANSACTIONAL_DDL)) {
            transaction(c -> SchemaOps.create(c, tables, checkFirst, false));
        } else {
            try (Connection c = connect()) {
                SchemaOps.create(c, tables, checkFirst, true);
            }
        }
    }

    /** DROP TABLE for each table, transactionally where the database allows it. */
    @Override
    public void dropTables(List<Table> tables, boolean checkFirst) {
        if (dialect.supports(Feature.TRANSACTIONAL_DDL)) {
            transaction(c -> SchemaOps.drop(c, tables, checkFirst, false));
        } else {
            try (Connection c = connect()) {
                SchemaOps.drop(c, tables, checkFirst, true);
            }
        }
    }

    @Override
    public Table reflectTable(MetaData metadata, String schema, String name) {
        return new Inspector(dialect, this).reflectTable(metadata, schema, name);
    }

    @Override
    public List<Table> reflectAll(MetaData metadata, String schema) {
        return new Inspector(dialect, this).reflectAll(metadata, schema);
    }

    // ------------------------------------------------------------------ about the engine

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The URL, password masked. */
    public String url() {
        return url;
    }

    /** The row shapes of this engine's recent SELECTs (see {@link RowShapes}). */
    RowShapes rowShapes() {
        return rowShapes;
    }

    /**
     * The engine's compiled statement cache, or {@code null} when it was built with
     * {@code compiledCacheSize(0)}. Its {@link CompiledCache#hits()}, {@link CompiledCache#misses()}
     * and {@link CompiledCache#size()} tell how well it serves.
     */
    public CompiledCache compiledCache() {
        return compiledCache;
    }

    /** Whether statements are echoed to standard output. */
    public boolean echo() {
        return log.echo();
    }

    EngineLog log() {
        return log;
    }

    /** This engine's blocks of sequence values ({@link Connection#nextPooledValue}). */
    PooledSequences sequences() {
        return sequences;
    }

    /** The constraints of the tables this engine created, for integrity error messages. */
    KnownConstraints constraints() {
        return constraints;
    }

    /**
     * Parameter values by name as this engine's messages show them, {@code {'email_1': 'ed@example.com'}},
     * or a placeholder when the engine was built with {@link Builder#hideParameters(boolean) hideParameters(true)}.
     * For error messages of layers above the engine.
     */
    public String describeParameters(java.util.Map<String, ?> parameters) {
        return log.parametersText(parameters);
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the pool (connections still borrowed are aborted: close them first) and disposes of
     * the engine's in-memory database. Your own data source is left open. Does nothing the second
     * time.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (pool != null) {
            pool.close();
        }
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                EngineLog.LOG.debug("Could not close the keeper connection", e);
            }
        }
        if (memoryName != null) {
            dialect.disposeMemoryDatabase(memoryName);
        }
        EngineLog.LOG.debug("Closed Engine({})", url);
    }

    /** Same as {@link #close()}, SQLAlchemy's name. */
    public void dispose() {
        close();
    }

    /** {@code Engine(derby:///:memory:)}, password masked. */
    @Override
    public String toString() {
        return "Engine(" + url + ")";
    }
}
