package dev.retort.engine.reflect;

/**
 * Work done with a borrowed JDBC connection; see {@link JdbcAccess}.
 *
 * @param <R> what the work produces
 */
@FunctionalInterface
public interface JdbcFunction<R> {

    /**
     * Does the work.
     *
     * @param connection the borrowed connection, valid until this method returns
     * @return the result
     * @throws java.sql.SQLException when the driver fails; the {@link JdbcAccess} wraps it
     */
    R apply(java.sql.Connection connection) throws java.sql.SQLException;
}
