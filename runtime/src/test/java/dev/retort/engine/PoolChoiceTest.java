package dev.retort.engine;

import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.PoolTimeoutException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime has no pool library on its class path: these are the built-in pools an engine
 * chooses then (a pool library is tested in retort-hikari, the built-in pool itself in
 * {@link QueuePoolTest}).
 */
class PoolChoiceTest {

    @Test
    void noPoolLibraryIsFound() {
        assertEquals(null, Pools.factory());
    }

    @Test
    void aServerStyleUrlPoolsItsConnectionsAndKeepsThemForTheNextUser(@TempDir Path dir) throws SQLException {
        CountingDerbyDialect dialect = new CountingDerbyDialect(false);
        String url = "jdbc:derby:" + dir.resolve("pooling").toAbsolutePath() + ";create=true";
        try (Engine engine = Engine.builder(url).dialect(dialect).build()) {
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                a.execute(text("CREATE TABLE t (x INT)"));
                a.commit();
                b.execute(text("INSERT INTO t VALUES (1)"));
                b.commit();
            }
            for (int i = 0; i < 5; i++) {
                try (Connection c = engine.connect()) {
                    assertEquals(1, c.execute(text("SELECT x FROM t")).scalar());
                }
            }
            assertEquals(2, dialect.initialized.get(), "two physical connections, reused");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + dir.resolve("pooling").toAbsolutePath() + ";shutdown=true");
            } catch (SQLException expected) {
                assertEquals("08006", expected.getSQLState());
            }
        }
    }

    @Test
    void whatAUserLeftUncommittedIsNotSeenByTheNextUserOfThePooledConnection() {
        try (Engine engine = Engine.builder("derby:///:memory:").poolSize(1).build()) {
            engine.transaction(c -> c.execute(text("CREATE TABLE t (x INT)")));
            try (Connection c = engine.connect()) {
                c.execute(text("INSERT INTO t VALUES (1)"));
            }
            try (Connection c = engine.connect()) {
                assertEquals(0, ((Number) c.execute(text("SELECT COUNT(*) FROM t")).scalar()).intValue());
            }
        }
    }

    @Test
    void aConnectionThatBrokeWhileLentIsNotLentAgain() {
        try (Engine engine = Engine.builder("derby:///:memory:").poolSize(1).build()) {
            Connection broken = engine.connect();
            broken.execute(text("VALUES 1"));
            try {
                broken.jdbc().close(); // as a dropped network connection would leave it
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            DatabaseException e = assertThrows(DatabaseException.class, () -> broken.execute(text("VALUES 1")));
            assertTrue(e.getMessage().contains("08003"), e.getMessage());
            assertThrows(DatabaseException.class, broken::close, "its rollback fails too, and says so");
            try (Connection c = engine.connect()) { // at once: no idle check would catch it
                assertEquals(1, ((Number) c.execute(text("VALUES 1")).scalar()).intValue());
            }
        }
    }

    @Test
    void pooledFalseOpensAConnectionPerUseAndClosesIt(@TempDir Path dir) throws SQLException {
        CountingDerbyDialect dialect = new CountingDerbyDialect(false);
        String url = "jdbc:derby:" + dir.resolve("nonpooling").toAbsolutePath() + ";create=true";
        try (Engine engine = Engine.builder(url).dialect(dialect).pooled(false).build()) {
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                a.execute(text("CREATE TABLE t (x INT)"));
                a.commit();
                b.execute(text("INSERT INTO t VALUES (1)"));
                b.commit();
                assertEquals(1, a.execute(text("SELECT COUNT(*) FROM t")).scalar());
            }
            try (Connection c = engine.connect()) {
                assertEquals(1, c.execute(text("SELECT x FROM t")).scalar());
            }
            assertEquals(3, dialect.initialized.get(), "one physical connection per connect()");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + dir.resolve("nonpooling").toAbsolutePath() + ";shutdown=true");
            } catch (SQLException expected) {
                assertEquals("08006", expected.getSQLState());
            }
        }
    }

    @Test
    void sqliteFileKeepsOneConnectionAndLendsItToOneUserAtATime(@TempDir Path dir) throws Exception {
        String url = "sqlite:///" + dir.resolve("single.db").toAbsolutePath();
        try (Engine engine = Engine.builder(url).connectTimeout(Duration.ofMillis(250)).build()) {
            try (Connection c = engine.connect()) {
                c.execute(text("CREATE TABLE t (x INTEGER)"));
                c.execute(text("INSERT INTO t VALUES (1)"));
                c.execute(text("INSERT INTO t VALUES (2)"));
                // not committed: the next user must not see it
            }
            try (Connection c = engine.connect()) {
                c.execute(text("CREATE TABLE t (x INTEGER)"));
                c.execute(text("INSERT INTO t VALUES (7)"));
                c.commit();
            }
            try (Connection held = engine.connect()) {
                assertEquals(7, held.execute(text("SELECT x FROM t")).scalar());
                InvalidRequestException same = assertThrows(InvalidRequestException.class, engine::connect);
                assertTrue(same.getMessage().contains("this thread already holds it"), same.getMessage());
                DatabaseException other = CompletableFuture.supplyAsync(
                        () -> assertThrows(DatabaseException.class, engine::connect)).get(10, TimeUnit.SECONDS);
                assertTrue(other.getMessage().contains("request timed out after 250 ms"), other.getMessage());
            }
            Integer fromOtherThread = CompletableFuture.supplyAsync(() -> {
                try (Connection c = engine.connect()) {
                    return ((Number) c.execute(text("SELECT COUNT(*) FROM t")).scalar()).intValue();
                }
            }).get(10, TimeUnit.SECONDS);
            assertEquals(1, fromOtherThread);
        }
    }

    @Test
    void aPoolSizeBoundsTheBuiltInPool() throws Exception {
        try (Engine engine = Engine.builder("derby:///:memory:").poolSize(2).connectTimeout(Duration.ofMillis(250))
                .build()) {
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                PoolTimeoutException e = CompletableFuture.supplyAsync(
                        () -> assertThrows(PoolTimeoutException.class, engine::connect)).get(10, TimeUnit.SECONDS);
                assertEquals(2, e.poolSize());
                assertEquals(250, e.waitedMillis());
                assertEquals("(SQLState 08001) request timed out after 250 ms\nNo connection of the pool became free within 250 ms: all 2 connections (poolSize 2) "
                        + "are in use. Close every Connection and Session when done (try-with-resources), or raise "
                        + "poolSize(...) or connectTimeout(...) on Engine.builder", e.getMessage());
            }
            try (Connection c = engine.connect()) {
                assertEquals(1, ((Number) c.execute(text("VALUES 1")).scalar()).intValue(), "given back, it serves again");
            }
        }
    }

    @Test
    void aPoolSizeOnSqliteLendsSeveralConnections(@TempDir Path dir) throws Exception {
        String url = "sqlite:///" + dir.resolve("pooled.db").toAbsolutePath();
        try (Engine engine = Engine.builder(url).poolSize(2).build()) {
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                a.execute(text("CREATE TABLE t (x INTEGER)"));
                a.execute(text("INSERT INTO t VALUES (5)"));
                a.commit();
                assertEquals(5, ((Number) b.execute(text("SELECT x FROM t")).scalar()).intValue());
            }
        }
    }

    @Test
    void aPoolSizeWithoutPoolingIsRefused() {
        ArgumentException e = assertThrows(ArgumentException.class,
                () -> Engine.builder("derby:///:memory:").poolSize(3).pooled(false).build());
        assertEquals("poolSize(3) and pooled(false) contradict each other: an engine that does not pool opens a "
                + "connection per use", e.getMessage());
    }

    @Test
    void memoryEnginesWorkWithoutAPool() {
        for (String url : new String[] {"derby:///:memory:", "h2:///:memory:", "sqlite:///:memory:"}) {
            try (Engine engine = Engine.create(url)) {
                engine.transaction(c -> {
                    c.execute(text("CREATE TABLE t (x INTEGER)"));
                    c.execute(text("INSERT INTO t VALUES (:x)"), Map.of("x", 42));
                });
                try (Connection c = engine.connect()) {
                    assertEquals(42, ((Number) c.execute(text("SELECT x FROM t")).scalar()).intValue(), url);
                }
            }
        }
    }
}
