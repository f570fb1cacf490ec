package dev.retort.engine;

import dev.retort.dialect.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The source of every physical connection an engine's pool opens: the driver found for the JDBC
 * URL, the user and password as driver properties (never in the URL), and
 * {@link Dialect#initializeConnection} applied to each new connection before the pool sees it.
 *
 * <p>HikariCP's {@code connectionInitSql} can only run SQL; handing Hikari this data source
 * instead runs the dialect's Java hook exactly once per physical connection, on the thread that
 * opens it, and a failing hook fails the connection attempt (the connection is closed and the
 * error reported) instead of leaving a half-initialized connection in the pool.
 */
final class DriverDataSource implements DataSource {
    private final Driver driver;
    private final String jdbcUrl;
    private final String maskedUrl;
    private final Properties properties;
    private final Dialect dialect;
    private volatile int loginTimeout;

    DriverDataSource(Driver driver, String jdbcUrl, String user, String password, Dialect dialect) {
        this.driver = driver;
        this.jdbcUrl = jdbcUrl;
        this.maskedUrl = EngineUrl.mask(jdbcUrl);
        this.properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        this.dialect = dialect;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = driver.connect(jdbcUrl, properties);
        if (c == null) {
            throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + maskedUrl, "08001");
        }
        try {
            dialect.initializeConnection(c);
        } catch (SQLException | RuntimeException e) {
            Pools.closeAfter(c, e);
            throw e;
        }
        return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The engine passes user and password as driver properties");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No java.util.logging logger; Retort logs through SLF4J");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "DriverDataSource(" + maskedUrl + ")";
    }
}
