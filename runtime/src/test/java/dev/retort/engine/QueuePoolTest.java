package dev.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in pool on embedded Derby: reuse, reset, checks, lifetime, bounds under threads, close. */
class QueuePoolTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private CountingDerbyDialect dialect;
    private DriverDataSource physical;
    private QueuePool pool;

    @BeforeEach
    void setUp() throws SQLException {
        dialect = new CountingDerbyDialect(false);
        String url = "jdbc:derby:memory:queuepool" + DATABASES.incrementAndGet() + ";create=true";
        physical = new DriverDataSource(DriverManager.getDriver(url), url, null, null, dialect);
        pool = new QueuePool(physical, 3, Duration.ofSeconds(5), QueuePool.DEFAULT_MAX_LIFETIME);
    }

    @AfterEach
    void tearDown() {
        pool.close();
    }

    @Test
    void theConnectionGivenBackLastIsLentFirstAndNoneIsOpenedAgain() throws SQLException {
        java.sql.Connection a = pool.borrow();
        java.sql.Connection b = pool.borrow();
        assertNotSame(a, b);
        assertFalse(a.getAutoCommit(), "lent with auto-commit off");
        pool.release(a);
        pool.release(b);
        assertSame(b, pool.borrow());
        assertSame(a, pool.borrow());
        assertEquals(2, dialect.initialized.get(), "each physical connection initialized once");
        assertEquals(2, pool.openConnections());
    }

    @Test
    void aConnectionGivenBackIsKeptAsItIsAndADiscardedOneIsClosedAndItsPlaceFreed() throws SQLException {
        pool.close();
        pool = new QueuePool(physical, 1, Duration.ofMillis(250), QueuePool.DEFAULT_MAX_LIFETIME);
        java.sql.Connection c = pool.borrow();
        pool.release(c);
        assertSame(c, pool.borrow(), "kept");
        pool.discard(c); // the engine could not end its transaction
        assertTrue(c.isClosed());
        assertEquals(0, pool.openConnections());
        java.sql.Connection fresh = pool.borrow(); // the one permit is free again
        assertNotSame(c, fresh);
        assertFalse(fresh.isClosed());
    }

    @Test
    void anIdleConnectionIsCheckedBeforeItIsLentAndADeadOneReplaced() throws Exception {
        java.sql.Connection c = pool.borrow();
        pool.release(c);
        c.close(); // died while idle (a restarted server)
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(QueuePool.VALIDATE_AFTER_IDLE_NANOS) + 100);
        java.sql.Connection fresh = pool.borrow();
        assertNotSame(c, fresh);
        assertTrue(fresh.isValid(1));
        assertEquals(1, pool.openConnections());
        assertEquals(2, dialect.initialized.get());
    }

    @Test
    void aConnectionOlderThanItsLifetimeIsClosedWhenGivenBack() throws Exception {
        pool.close();
        pool = new QueuePool(physical, 3, Duration.ofSeconds(5), Duration.ofMillis(50));
        java.sql.Connection c = pool.borrow();
        Thread.sleep(80);
        pool.release(c);
        assertTrue(c.isClosed());
        assertEquals(0, pool.openConnections());
        assertNotSame(c, pool.borrow());
    }

    @Test
    void manyThreadsNeverShareAConnectionNorHoldMoreThanTheSize() throws Exception {
        Set<java.sql.Connection> lent = ConcurrentHashMap.newKeySet();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        java.sql.Connection c = pool.borrow();
                        assertTrue(lent.add(c), "a connection lent to two users at once");
                        most.accumulateAndGet(lent.size(), Math::max);
                        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES 1")) {
                            rs.next();
                        }
                        lent.remove(c);
                        pool.release(c);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(most.get() <= 3, "at most 3 lent at once, saw " + most.get());
        assertTrue(pool.openConnections() <= 3, pool.openConnections() + " open");
        assertEquals(pool.openConnections(), pool.idleConnections(), "every connection given back is idle");
    }

    @Test
    void closingThePoolClosesIdleAndLentConnectionsAndRefusesMore() throws SQLException {
        java.sql.Connection lentOut = pool.borrow();
        java.sql.Connection given = pool.borrow();
        pool.release(given);
        pool.close();
        assertTrue(lentOut.isClosed());
        assertTrue(given.isClosed());
        SQLException e = assertThrows(SQLException.class, pool::borrow);
        assertEquals("08003", e.getSQLState());
        assertEquals("The engine is closed", e.getMessage());
        assertEquals(0, pool.openConnections());
    }

    @Test
    void aBorrowerInterruptedWhileWaitingFailsAndKeepsItsInterruptStatus() throws Exception {
        pool.close();
        pool = new QueuePool(physical, 1, Duration.ofSeconds(30), QueuePool.DEFAULT_MAX_LIFETIME);
        java.sql.Connection held = pool.borrow();
        java.util.concurrent.CompletableFuture<Object[]> waiter = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                pool.borrow();
                waiter.complete(new Object[] {null, false});
            } catch (SQLException e) {
                waiter.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
            }
        });
        t.start();
        while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(5);
        }
        t.interrupt();
        Object[] outcome = waiter.get(10, TimeUnit.SECONDS);
        SQLException e = (SQLException) outcome[0];
        assertTrue(e instanceof java.sql.SQLTransientConnectionException, String.valueOf(e));
        assertEquals("Interrupted while waiting for a connection of the pool", e.getMessage());
        assertEquals("08001", e.getSQLState());
        assertEquals(true, outcome[1], "the interrupt status is kept");
        pool.release(held);
        assertSame(held, pool.borrow(), "the interrupted borrower took no permit");
    }

    @Test
    void itsTextNamesTheMaskedUrlAndTheSize() {
        assertEquals("QueuePool(" + physical + ", at most 3)", pool.toString());
    }
}
