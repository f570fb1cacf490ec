package dev.retort.engine;

import dev.retort.exc.InvalidRequestException;
import java.sql.Savepoint;

/**
 * A transaction begun explicitly on a {@link Connection}: the outermost one
 * ({@link Connection#begin()}) or a savepoint ({@link Connection#beginNested()}).
 *
 * <pre>{@code
 * try (Transaction tx = conn.begin()) {
 *     conn.execute(...);
 * }                                   // commits, unless rolled back or a statement failed
 *
 * Transaction sp = conn.beginNested();   // SAVEPOINT sa_1
 * conn.execute(...);
 * sp.rollback();                         // ROLLBACK TO SAVEPOINT sa_1; the outer work stays
 * }</pre>
 *
 * <p>{@link #commit()} of a savepoint releases it ({@code RELEASE SAVEPOINT}); {@link #rollback()}
 * rolls back to it. Ending a transaction also ends the savepoints begun inside it; ending the
 * connection's transaction with {@link Connection#commit()} or {@link Connection#rollback()} ends
 * them all. {@link #close()} commits when the transaction is still active and no statement failed
 * inside it (for the outermost transaction: inside it or in a savepoint still open), else rolls
 * back. An exception thrown by your own code between the statements is not a failed statement:
 * prefer {@link Engine#inTransaction} or an explicit {@code rollback()} in a catch block when
 * that matters. Not thread-safe.
 */
public final class Transaction implements AutoCloseable {
    private final Connection connection;
    private final Savepoint savepoint;
    private final String name;
    private boolean active = true;
    private boolean failed;

    Transaction(Connection connection, Savepoint savepoint, String name) {
        this.connection = connection;
        this.savepoint = savepoint;
        this.name = name;
    }

    /**
     * Commits this transaction (releases a savepoint).
     *
     * @throws InvalidRequestException when it is no longer active
     */
    public void commit() {
        if (!active) {
            throw new InvalidRequestException("This " + describe() + " is no longer active (already committed or "
                    + "rolled back, or ended with its connection's transaction); begin a new one");
        }
        connection.end(this, true);
    }

    /** Rolls this transaction back (to its savepoint); does nothing when it is no longer active. */
    public void rollback() {
        if (active) {
            connection.end(this, false);
        }
    }

    /** Commits when still active and nothing failed in it, else rolls back; see the class comment. */
    @Override
    public void close() {
        if (active) {
            connection.end(this, savepoint == null ? !connection.failedAnywhere() : !failed);
        }
    }

    /** Whether the transaction has not ended yet. */
    public boolean isActive() {
        return active;
    }

    /** Whether this is a savepoint. */
    public boolean isNested() {
        return savepoint != null;
    }

    /** The connection it runs on. */
    public Connection connection() {
        return connection;
    }

    Savepoint savepoint() {
        return savepoint;
    }

    String name() {
        return name;
    }

    void deactivate() {
        active = false;
    }

    void markFailed() {
        failed = true;
    }

    boolean failed() {
        return failed;
    }

    private String describe() {
        return savepoint == null ? "transaction" : "savepoint " + name;
    }

    @Override
    public String toString() {
        return "Transaction(" + (savepoint == null ? "root" : name) + (active ? "" : ", inactive") + ")";
    }
}
