package dev.retort.hikari;

import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.pool.HikariProxyConnection;
import com.zaxxer.hikari.pool.HikariProxyPreparedStatement;
import com.zaxxer.hikari.pool.HikariProxyResultSet;
import com.zaxxer.hikari.pool.ProxyFactory;
import com.zaxxer.hikari.util.FastList;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The work HikariCP does once per JVM on the way to the first connection and back, done ahead on
 * a daemon thread of its own while the application goes on building its session factory and
 * first statement (as Spring Boot's {@code BackgroundPreinitializer} does for other libraries).
 * It runs once, when the first pool is made; it takes no time off the CPU, only off the first
 * request's wait, where a second core is free.
 *
 * <p>In the order the first request needs them:
 * <ul>
 *   <li>HikariCP's pool and proxy classes are loaded and linked (verified), not initialized:
 *       {@code getDeclaredConstructors()} links a class, and nothing of Hikari's runs here.
 *   <li>{@link UUID#randomUUID()}: Hikari asks for one for every connection it opens, and the
 *       first seeds {@code SecureRandom}.
 *   <li>A {@link Proxy} of {@link Connection}: the first connection closed replaces its delegate
 *       by one (Hikari's {@code ClosedConnection}), and the JDK generates its class on first
 *       request. Proxy classes are cached by class loader and interfaces, so one made here with
 *       the loader Hikari uses is the class Hikari gets.
 * </ul>
 * The caller never waits for this thread: what it has not done yet, Hikari does itself, as it
 * would without it; a class being linked here is waited for rather than linked twice.
 */
final class OneTimeWork implements Runnable, InvocationHandler {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private OneTimeWork() {}

    /** Starts the thread, the first time only. */
    static void startOnce() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(new OneTimeWork(), "retort-hikari-warmup");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void run() {
        try {
            HikariPool.class.getDeclaredConstructors();
            UUID.randomUUID();
            Class<?>[] proxies = {HikariProxyConnection.class, ProxyFactory.class, FastList.class,
                HikariProxyPreparedStatement.class, HikariProxyResultSet.class};
            for (Class<?> c : proxies) {
                c.getDeclaredConstructors();
            }
            Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
        } catch (RuntimeException | LinkageError ignored) {
            // only a head start: Hikari does the same work itself when it needs it
        }
    }

    /** The warm-up proxy is never called. */
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        throw new UnsupportedOperationException("not a connection");
    }
}
