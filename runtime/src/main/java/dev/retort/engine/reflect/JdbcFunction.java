package dev.retort.engine.reflect;

/** Work done with a JDBC connection; see {@link JdbcAccess}. */
@FunctionalInterface
public interface JdbcFunction<R> {
    /** Does the work; the connection must not be closed. */
    R apply(java.sql.Connection connection) throws java.sql.SQLException;
}
