package dev.retort.engine;

import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.PoolTimeoutException;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a pool library, the one connection an SQLite engine keeps times out as a typed error too. */
class SingleConnectionTimeoutTest {

    @Test
    void aSecondThreadWaitingForTheOneConnectionGetsAPoolTimeout(@TempDir Path dir) throws Exception {
        try (Engine engine = Engine.builder("sqlite:///" + dir.resolve("one.db").toAbsolutePath())
                .connectTimeout(Duration.ofMillis(250)).build()) {
            try (Connection held = engine.connect()) {
                held.execute(text("CREATE TABLE t (x INTEGER)"));
                CompletableFuture<Connection> other = CompletableFuture.supplyAsync(engine::connect);
                ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        other::get);
                PoolTimeoutException e = assertInstanceOf(PoolTimeoutException.class, failed.getCause());
                assertInstanceOf(OperationalErrorException.class, e);
                assertEquals(1, e.poolSize());
                assertEquals(250, e.waitedMillis());
                assertInstanceOf(SQLTransientConnectionException.class, e.getCause());
                assertTrue(e.getMessage().contains("did not become free within 250 ms: another thread holds it"),
                        e.getMessage());
                held.commit();
            }
            // given back, it serves the next caller
            try (Connection c = engine.connect()) {
                assertEquals(0, ((Number) c.execute(text("SELECT count(*) FROM t")).scalar()).intValue());
            }
        }
    }
}
