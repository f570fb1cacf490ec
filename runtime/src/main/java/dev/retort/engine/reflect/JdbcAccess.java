package dev.retort.engine.reflect;

/**
 * Gives the inspector a JDBC connection for the length of a callback. Engine implements it.
 *
 * <p>The implementation borrows a connection (from its pool, or opens one), calls {@code work}
 * with it, and gives it back however the callback ends. It wraps a {@link java.sql.SQLException}
 * thrown by the callback in a {@link dev.retort.exc.DatabaseException} (through
 * {@link dev.retort.dialect.Dialect#wrap}); unchecked exceptions pass through unchanged. The
 * inspector only reads the catalog through {@link java.sql.DatabaseMetaData}: it never changes
 * the connection's state and never commits.
 */
public interface JdbcAccess {

    /**
     * Runs {@code work} with a connection and returns what it returns.
     *
     * @param work what to do with the connection; must not keep it after returning
     * @param <R> what the work produces
     * @return the work's result
     */
    <R> R withJdbcConnection(JdbcFunction<R> work);
}
