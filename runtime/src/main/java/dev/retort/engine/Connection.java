package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.engine.reflect.Inspector;
import dev.retort.engine.reflect.JdbcAccess;
import dev.retort.engine.reflect.JdbcFunction;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.RetortException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.ResourceClosedException;
import dev.retort.sql.Column;
import dev.retort.sql.Connectable;
import dev.retort.sql.Executable;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A database connection borrowed from an {@link Engine}'s pool, SQLAlchemy 2.0 style: "commit as
 * you go".
 *
 * <pre>{@code
 * try (Connection conn = engine.connect()) {
 *     conn.execute(users.insert(), Map.of("name", "jack"));     // BEGIN (implicit), INSERT ...
 *     conn.execute(users.insert(), List.of(Map.of("name", "a"), Map.of("name", "b")));  // executemany
 *     conn.commit();                                             // COMMIT
 *     Row row = conn.execute(select(users)).fetchOne();         // BEGIN (implicit), SELECT ...
 * }                                                              // ROLLBACK, back to the pool
 * }</pre>
 *
 * <p>The first statement begins a transaction; {@link #commit()} or {@link #rollback()} ends it
 * and the next statement begins another. {@link #begin()} begins one explicitly and
 * {@link #beginNested()} sets a savepoint. {@link #close()} rolls back whatever is not committed
 * and returns the connection to the pool — except for a connection from {@link Engine#begin()},
 * which commits on close unless a statement failed or it was rolled back.
 *
 * <p>Not thread-safe: use one connection per thread.
 */
public final class Connection implements Connectable, JdbcAccess, AutoCloseable {
    private final Engine engine;
    private final Dialect dialect;
    private final EngineLog log;
    private final boolean restoreAutoCommit;
    private java.sql.Connection jdbc;
    private boolean inTransaction;
    private boolean failed;
    /** A driver exception said the connection itself is gone ({@link Dialect#isDisconnect}): it is not pooled again. */
    private boolean disconnected;
    private boolean commitOnClose;
    /** Set for a connection lent only for JDBC metadata reads: its BEGIN and ROLLBACK would bracket nothing visible. */
    private boolean quietBrackets;
    private Transaction root;
    private final ArrayDeque<Transaction> savepoints = new ArrayDeque<>();
    private int savepointCounter;
    private final List<Result> openResults = new ArrayList<>(2);
    /** Prepared statements of {@link #executeCompiled}, kept for their next execution. */
    final StatementCache statements = new StatementCache();
    /** The statement executing now, for {@link #cancel()} from another thread; {@code null} between statements. */
    private volatile java.sql.Statement running;
    private int fetchSize;
    private int queryTimeoutSeconds;
    /** A fetch size or timeout was set: {@link #track} applies both to every statement, cached ones included. */
    private boolean tuned;

    Connection(Engine engine, java.sql.Connection jdbc, boolean restoreAutoCommit) {
        this.engine = engine;
        this.dialect = engine.dialect();
        this.log = engine.log();
        this.jdbc = jdbc;
        this.restoreAutoCommit = restoreAutoCommit;
    }

    // ------------------------------------------------------------------ executing

    /** Executes a statement that needs no parameters (or has them all). */
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /**
     * Executes a statement with parameters: values for its bind parameters, or for an INSERT or
     * UPDATE without values, the columns to set (exactly the keys given). An INSERT that gives no
     * key to a table whose key column has a {@link dev.retort.sql.Sequence} gets one from it where
     * the database has sequences. Any exception from
     * {@code execute} counts as a failed statement for the commit-on-close of
     * {@link Engine#begin()} and {@link Transaction#close()}.
     *
     * @throws dev.retort.exc.BindParameterException when a parameter is missing or unknown
     * @throws dev.retort.exc.TypeMismatchException when a value does not fit its column's type
     * @throws DatabaseException (a subclass) when the database rejects the statement
     */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(parameters, "parameters");
        java.sql.Connection c = open();
        try {
            Executable run = InsertSequences.statement(this, statement, parameters);
            return Executor.execute(this, c, run, InsertSequences.parameters(this, run, parameters));
        } catch (RuntimeException e) {
            markFailed();
            throw e;
        }
    }

    /**
     * Executes a statement once per parameter set, in one JDBC batch (SQLAlchemy's
     * "executemany"). The statement is compiled for the keys of the first set; every set must
     * have the same keys. One set is the same as {@link #execute(Executable, Map)}; none, the same
     * as {@link #execute(Executable)}.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        Objects.requireNonNull(parameterSets, "parameterSets");
        if (parameterSets.size() <= 1) {
            return execute(statement, parameterSets.isEmpty() ? Map.of() : parameterSets.get(0));
        }
        Objects.requireNonNull(statement, "statement");
        java.sql.Connection c = open();
        try {
            return Executor.executeMany(this, c, statement, InsertSequences.parameterSets(this, statement, parameterSets));
        } catch (RuntimeException e) {
            markFailed();
            throw e;
        }
    }

    /**
     * Executes a statement already compiled for this connection's dialect, with positional values
     * in its parameter order (Java-typed; converted and bound as {@link #execute} does). For code
     * that compiles a statement once and runs it many times, such as the ORM.
     */
    public Result executeCompiled(Compiled compiled, Object[] values) {
        java.sql.Connection c = open();
        try {
            return CompiledExecutor.execute(this, c, compiled, values);
        } catch (RuntimeException e) {
            markFailed();
            throw e;
        }
    }

    /**
     * Executes a compiled INSERT, UPDATE or DELETE once per value array: in JDBC batches, or one
     * row at a time when generated keys are wanted and the dialect lacks
     * {@link Feature#BATCH_GENERATED_KEYS}. With a {@code keyColumn}, {@code keys[i]} receives the
     * key the database generated for row {@code i}.
     *
     * @return the update count of each row
     */
    public int[] executeBatch(Compiled compiled, List<Object[]> valueSets, Column<?> keyColumn, Object[] keys) {
        java.sql.Connection c = open();
        try {
            return CompiledExecutor.executeBatch(this, c, compiled, valueSets, keyColumn, keys);
        } catch (RuntimeException e) {
            markFailed();
            throw e;
        }
    }

    /**
     * The next value of {@code sequence} from this engine's block of it, SQLAlchemy's
     * {@code connection.scalar(sequence)} with Hibernate's pooled-lo allocation: one
     * {@code NEXT VALUE FOR} reserves {@code sequence.increment()} values for the engine, handed
     * out one by one to every connection and thread of the engine. The database's sequence must
     * advance by that increment ({@code createAll} creates it so); values never repeat, but those
     * of a block the engine does not use up are skipped.
     *
     * @throws dev.retort.exc.InvalidRequestException when the dialect has no sequences, or the
     *     database's sequence advances by less than {@code sequence.increment()}
     */
    public long nextPooledValue(dev.retort.sql.Sequence sequence) {
        Objects.requireNonNull(sequence, "sequence");
        return engine.sequences().next(this, sequence);
    }

    /** The first column of the first row of a query; {@code null} when there is no row. */
    public Object scalar(Executable statement) {
        return execute(statement).scalar();
    }

    /** The first column of the first row of a query with parameters. */
    public Object scalar(Executable statement, Map<String, ?> parameters) {
        return execute(statement, parameters).scalar();
    }

    // ------------------------------------------------------------------ transactions

    /** Commits the transaction in progress, if any (also an explicit one and its savepoints). */
    public void commit() {
        checkOpen();
        if (inTransaction) {
            commitRoot();
        }
    }

    /** Rolls back the transaction in progress, if any. */
    public void rollback() {
        checkOpen();
        if (inTransaction) {
            rollbackRoot();
        }
    }

    /**
     * Begins a transaction explicitly; see {@link Transaction}.
     *
     * @throws InvalidRequestException when one is already in progress (autobegun by an earlier
     *     statement, or begun explicitly)
     */
    public Transaction begin() {
        checkOpen();
        if (inTransaction) {
            throw new InvalidRequestException("A transaction is already begun on this connection"
                    + (root == null ? " (autobegun by an earlier statement)" : "")
                    + "; commit() or rollback() it first, or use beginNested() for a savepoint");
        }
        autobegin();
        root = new Transaction(this, null, null);
        return root;
    }

    /**
     * Sets a savepoint ({@code SAVEPOINT sa_1}), beginning a transaction first when none is in
     * progress; see {@link Transaction}.
     *
     * @throws InvalidRequestException when the database has no savepoints
     */
    public Transaction beginNested() {
        checkOpen();
        if (!dialect.supports(Feature.SAVEPOINTS)) {
            throw new InvalidRequestException("The " + dialect.name() + " dialect does not support savepoints; "
                    + "use begin() and rollback() instead");
        }
        autobegin();
        String name = "sa_" + (++savepointCounter);
        log.line("SAVEPOINT " + name);
        try {
            Transaction t = new Transaction(this, jdbc.setSavepoint(name), name);
            savepoints.push(t);
            return t;
        } catch (SQLException e) {
            markFailed();
            throw wrap(e, "SAVEPOINT " + name, null);
        } catch (RuntimeException e) {
            markFailed();
            throw wrapUnchecked(e, "SAVEPOINT " + name, null);
        }
    }

    /** Whether a transaction is in progress. */
    public boolean inTransaction() {
        return inTransaction;
    }

    /** Ends {@code t}: the root transaction, or a savepoint and those set after it. */
    void end(Transaction t, boolean commit) {
        checkOpen();
        if (t.savepoint() == null) {
            if (commit) {
                commitRoot();
            } else {
                rollbackRoot();
            }
            return;
        }
        while (!savepoints.isEmpty()) {
            Transaction top = savepoints.pop();
            top.deactivate();
            if (top == t) {
                break;
            }
        }
        String sql = (commit ? "RELEASE SAVEPOINT " : "ROLLBACK TO SAVEPOINT ") + t.name();
        log.line(sql);
        try {
            if (commit) {
                jdbc.releaseSavepoint(t.savepoint());
            } else {
                jdbc.rollback(t.savepoint());
            }
        } catch (SQLException e) {
            markFailed();
            throw wrap(e, sql, null);
        } catch (RuntimeException e) {
            markFailed();
            throw wrapUnchecked(e, sql, null);
        }
    }

    private void autobegin() {
        if (!inTransaction) {
            if (!quietBrackets) {
                log.line("BEGIN (implicit)");
            }
            inTransaction = true;
        }
    }

    private void commitRoot() {
        log.line("COMMIT");
        try {
            jdbc.commit();
        } catch (SQLException e) {
            failed = true;
            throw wrap(e, "COMMIT", null);
        } catch (RuntimeException e) {
            failed = true;
            throw wrapUnchecked(e, "COMMIT", null);
        }
        transactionEnded();
    }

    private void rollbackRoot() {
        if (!quietBrackets) {
            log.line("ROLLBACK");
        }
        try {
            jdbc.rollback();
        } catch (SQLException e) {
            throw wrap(e, "ROLLBACK", null);
        } catch (RuntimeException e) {
            throw wrapUnchecked(e, "ROLLBACK", null);
        } finally {
            transactionEnded();
        }
    }

    private void transactionEnded() {
        inTransaction = false;
        failed = false;
        if (root != null) {
            root.deactivate();
            root = null;
        }
        for (Transaction t : savepoints) {
            t.deactivate();
        }
        savepoints.clear();
    }

    /** Records that a statement failed: in the innermost savepoint, else in the transaction. */
    void markFailed() {
        if (savepoints.isEmpty()) {
            failed = true;
        } else {
            savepoints.peek().markFailed();
        }
    }

    /** Whether a statement failed in the transaction or in a savepoint still open. */
    boolean failedAnywhere() {
        if (failed) {
            return true;
        }
        for (Transaction t : savepoints) {
            if (t.failed()) {
                return true;
            }
        }
        return false;
    }

    /** Makes close() commit (for {@link Engine#begin()}). */
    void beginCommittingOnClose() {
        begin();
        commitOnClose = true;
    }

    // ------------------------------------------------------------------ cancel, timeout, fetch size

    /**
     * Cancels the statement this connection is executing right now, from another thread
     * ({@code Statement.cancel()}); the thread that executes it gets the database's error, and
     * the transaction should then be rolled back. Does nothing between statements.
     *
     * @return {@code true} if a statement was executing and the driver accepted the cancel;
     *     {@code false} between statements or when the driver cannot cancel (Derby's embedded
     *     driver: use {@link #setQueryTimeout(int)} there)
     */
    public boolean cancel() {
        java.sql.Statement s = running;
        if (s == null) {
            return false;
        }
        try {
            s.cancel();
            return true;
        } catch (SQLException | RuntimeException e) {
            EngineLog.LOG.debug("The driver could not cancel the statement", e);
            return false;
        }
    }

    /**
     * A JDBC query timeout, in whole seconds, for the statements this connection executes from
     * now on ({@code Statement.setQueryTimeout}; 0, the default, for none). The driver cancels a
     * statement that runs longer and it fails with the database's error.
     */
    public void setQueryTimeout(int seconds) {
        if (seconds < 0) {
            throw new dev.retort.exc.ArgumentException("The query timeout must be 0 or more seconds, not " + seconds);
        }
        this.queryTimeoutSeconds = seconds;
        this.tuned = true;
    }

    /**
     * How many rows the driver fetches per round trip for the results of statements executed from
     * now on ({@code Statement.setFetchSize}; 0, the default, leaves it to the driver). PostgreSQL
     * and MariaDB read a whole result into memory unless it is set; with it, a {@link Result}
     * read row by row streams from a server-side cursor.
     */
    public void setFetchSize(int rows) {
        if (rows < 0) {
            throw new dev.retort.exc.ArgumentException("The fetch size must be 0 or more rows, not " + rows);
        }
        this.fetchSize = rows;
        this.tuned = true;
    }

    /**
     * Applies the fetch size and timeout to a statement about to execute, and makes it the one
     * {@link #cancel()} reaches. Once either was set on this connection both are applied every
     * time, so a statement reused from the cache never keeps an earlier setting.
     */
    <S extends java.sql.Statement> S track(S statement) throws SQLException {
        if (tuned) {
            statement.setFetchSize(fetchSize);
            statement.setQueryTimeout(queryTimeoutSeconds);
        }
        running = statement;
        return statement;
    }

    /** The statement {@link #track} registered has finished executing. */
    void untrack() {
        running = null;
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Ends the connection's use: closes its open results, rolls back the transaction in progress
     * (for a connection from {@link Engine#begin()}: commits it, unless a statement failed or it
     * was rolled back) and returns the connection to the pool. Does nothing when already closed.
     */
    @Override
    public void close() {
        java.sql.Connection c = jdbc;
        if (c == null) {
            return;
        }
        RuntimeException error = null;
        try {
            for (Result r : new ArrayList<>(openResults)) {
                r.connectionClosed();
            }
            statements.closeAll();
            if (inTransaction) {
                if (commitOnClose && !failedAnywhere()) {
                    try {
                        commitRoot();
                    } catch (RuntimeException e) {
                        rollbackQuietly(e);
                        throw e;
                    }
                } else {
                    rollbackRoot();
                }
            }
        } catch (RuntimeException e) {
            error = e;
        } finally {
            jdbc = null;
            try {
                if (restoreAutoCommit) {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                EngineLog.LOG.debug("Could not switch auto-commit back on", e);
            }
            try {
                if (error == null && !disconnected) {
                    engine.release(c);
                } else {
                    // gone, or its transaction may still be open: the next user must not get it
                    engine.discard(c);
                }
            } catch (SQLException e) {
                EngineLog.LOG.debug("Could not return a connection to the pool", e);
            }
        }
        if (error != null) {
            throw error;
        }
    }

    /** Rolls back after {@code cause}, adding a failure of the rollback to it. */
    void rollbackQuietly(Throwable cause) {
        if (jdbc == null || !inTransaction) {
            return;
        }
        try {
            rollbackRoot();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return jdbc == null;
    }

    /** The engine this connection came from. */
    public Engine engine() {
        return engine;
    }

    /** The engine's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * The JDBC connection underneath, for code above Retort's Core (the ORM, the inspector). It
     * begins a transaction when none is in progress, so that work done through it is committed
     * or rolled back with this connection's. Do not close it, commit it, roll it back or change
     * its auto-commit mode: this connection does that.
     */
    public java.sql.Connection jdbc() {
        return open();
    }

    /** Echoes no BEGIN and ROLLBACK: for {@link Engine#withJdbcConnection}, whose work echoes nothing between them. */
    void quietBrackets() {
        this.quietBrackets = true;
    }

    private java.sql.Connection open() {
        checkOpen();
        autobegin();
        return jdbc;
    }

    private void checkOpen() {
        if (jdbc == null) {
            throw new ResourceClosedException("This connection is closed; get a new one with engine.connect()");
        }
    }

    // ------------------------------------------------------------------ results and errors

    void remember(Result r) {
        openResults.add(r);
    }

    void forget(Result r) {
        for (Iterator<Result> it = openResults.iterator(); it.hasNext(); ) {
            if (it.next() == r) {
                it.remove();
                return;
            }
        }
    }

    EngineLog log() {
        return log;
    }

    /** Wraps a driver exception with the statement and its parameters ({@code null}: none). */
    DatabaseException wrap(SQLException e, String sql, Object[] parameters) {
        return wrap(e, sql, parameters == null ? List.of() : EngineLog.asList(parameters),
                parameters == null ? null : log.parametersText(parameters));
    }

    /**
     * Wraps an unchecked exception thrown while a statement ran (some drivers throw them instead
     * of an {@link SQLException}, as xerial's SQLite driver does for a string of several
     * statements) into a {@link DatabaseException} with the statement, the parameters as the log
     * shows them and the original exception as the cause of its cause; Retort's own exceptions
     * pass through unchanged.
     */
    RuntimeException wrapUnchecked(RuntimeException e, String sql, Object[] parameters) {
        if (e instanceof RetortException) {
            return e;
        }
        return new DatabaseException(sql, parameters == null ? List.of() : EngineLog.asList(parameters),
                parameters == null ? null : log.parametersText(parameters), Connection.unchecked(e));
    }

    /** An unchecked exception of the driver as the {@link SQLException} it should have been. */
    static SQLException unchecked(RuntimeException e) {
        return new SQLException("The JDBC driver failed with " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (an unchecked exception instead of an SQLException)", null, 0, e);
    }

    /**
     * Wraps a driver exception; an integrity error that names a constraint the engine created
     * says what the constraint covers.
     */
    DatabaseException wrap(SQLException e, String sql, List<?> parameters, String parametersText) {
        if (dialect.isDisconnect(e)) {
            disconnected = true;
        }
        DatabaseException x = dialect.wrap(e, sql, parameters, parametersText);
        if (x instanceof IntegrityErrorException) {
            String[] known = engine.constraints().find(e.getMessage());
            if (known != null) {
                IntegrityErrorException described = new IntegrityErrorException(sql, parameters, parametersText, e,
                        known[0], known[1]);
                described.setStackTrace(x.getStackTrace());
                return described;
            }
        }
        return x;
    }

    // ------------------------------------------------------------------ schema and reflection

    /**
     * Gives {@code work} this connection's JDBC connection (see {@link #jdbc()}); wraps its
     * {@link SQLException}.
     */
    @Override
    public <R> R withJdbcConnection(JdbcFunction<R> work) {
        java.sql.Connection c = open();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            markFailed();
            throw wrap(e, null, null);
        } catch (RuntimeException e) {
            markFailed();
            throw wrapUnchecked(e, null, null);
        }
    }

    /** CREATE TABLE (and CREATE INDEX) in this connection's transaction; commit it yourself. */
    @Override
    public void createTables(List<Table> tables, boolean checkFirst) {
        SchemaOps.create(this, tables, checkFirst, false);
    }

    /** DROP TABLE in this connection's transaction; commit it yourself. */
    @Override
    public void dropTables(List<Table> tables, boolean checkFirst) {
        SchemaOps.drop(this, tables, checkFirst, false);
    }

    @Override
    public Table reflectTable(MetaData metadata, String schema, String name) {
        return new Inspector(dialect, this).reflectTable(metadata, schema, name);
    }

    @Override
    public List<Table> reflectAll(MetaData metadata, String schema) {
        return new Inspector(dialect, this).reflectAll(metadata, schema);
    }

    @Override
    public String toString() {
        return "Connection(" + engine.url() + (jdbc == null ? ", closed" : inTransaction ? ", in transaction" : "") + ")";
    }
}
