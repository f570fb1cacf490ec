package dev.retort.engine;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Opens a physical connection for every borrow and closes it on release: SQLAlchemy's
 * {@code NullPool}, chosen with {@code Engine.Builder.pooled(false)}.
 */
final class NonPoolingPool implements ConnectionPool {
    private final DataSource physical;

    NonPoolingPool(DataSource physical) {
        this.physical = physical;
    }

    @Override
    public java.sql.Connection borrow() throws SQLException {
        return Pools.openPhysical(physical);
    }

    @Override
    public void release(java.sql.Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public void discard(java.sql.Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public void close() {
        // nothing is kept open
    }

    @Override
    public String toString() {
        return "NonPoolingPool(" + physical + ")";
    }
}
