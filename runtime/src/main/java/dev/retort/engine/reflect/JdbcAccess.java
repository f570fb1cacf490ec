package dev.retort.engine.reflect;

/** Gives the inspector a JDBC connection for the length of a callback. Engine implements it. */
public interface JdbcAccess {
    /**
     * Runs {@code work} with a JDBC connection and returns its result; a {@link java.sql.SQLException}
     * it throws comes out wrapped in a {@link dev.retort.exc.DatabaseException}.
     */
    <R> R withJdbcConnection(JdbcFunction<R> work);
}
