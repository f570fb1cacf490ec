package dev.retort.it.core;

import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.exc.DatabaseException;
import dev.retort.it.support.Database;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A pooled connection whose server process was terminated (as a server restart or an
 * administrator's {@code pg_terminate_backend} leaves it): the statement that meets it fails with
 * a typed error, and the engine does not lend that connection again. Runs with the built-in pool
 * and with HikariCP (the two test executions).
 */
class PostgresDisconnectTest {

    @Test
    void aTerminatedConnectionFailsOneStatementAndIsNotLentAgain() throws Exception {
        String url = Database.POSTGRESQL.url();
        try (Engine engine = Engine.builder(url).poolSize(1).connectTimeout(Duration.ofSeconds(5)).build();
                Engine admin = Engine.builder(url).pooled(false).build()) {
            int pid;
            try (Connection c = engine.connect()) {
                pid = ((Number) c.execute(text("SELECT pg_backend_pid()")).scalar()).intValue();
                c.commit();
            }
            try (Connection a = admin.connect()) {
                assertEquals(true, a.execute(text("SELECT pg_terminate_backend(:pid)"), java.util.Map.of("pid", pid)).scalar());
                a.commit();
            }
            // lent again at once (idle for less than the check's threshold): the statement meets the dead backend
            Connection dead = engine.connect();
            DatabaseException e = assertThrows(DatabaseException.class, () -> dead.execute(text("SELECT 1")));
            assertTrue(e.getMessage().contains("terminat") || e.getMessage().contains("I/O"), e.getMessage());
            assertThrows(DatabaseException.class, dead::close, "its rollback fails too, and says so");
            // the one place of the pool is free again, and holds a live connection
            try (Connection c = engine.connect()) {
                int next = ((Number) c.execute(text("SELECT pg_backend_pid()")).scalar()).intValue();
                assertNotEquals(pid, next);
            }
        }
    }
}
