package dev.retort.hikari;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static dev.retort.sql.SqlTypes.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.PoolTimeoutException;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With HikariCP pooling: an exhausted pool is a typed operational error; booting an embedded
 * database does not starve the first connection of a short {@code connectTimeout}.
 */
class PoolTimeoutTest {

    @Test
    void anExhaustedPoolSaysItsSizeTheWaitAndWhatToDo() throws SQLException {
        // created beforehand, so the timeout measures waiting for the pool, not creating the database; a
        // second, not less, so that opening the pool's two connections fits in it on a loaded machine
        DriverManager.getConnection("jdbc:derby:memory:pooltimeout;create=true").close();
        try (Engine engine = Engine.builder("jdbc:derby:memory:pooltimeout").poolSize(2)
                        .connectTimeout(Duration.ofMillis(1000)).build()) {
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                a.execute(text("VALUES 1")).close();
                b.execute(text("VALUES 1")).close();
                PoolTimeoutException e = assertThrows(PoolTimeoutException.class, engine::connect);
                assertInstanceOf(OperationalErrorException.class, e);
                assertEquals(2, e.poolSize());
                assertEquals(1000, e.waitedMillis());
                assertNull(e.statement());
                assertTrue(e.getMessage().contains("No connection of the pool became free within 1000 ms: all 2 "
                        + "connections (poolSize 2) are in use. Close every Connection and Session when done "
                        + "(try-with-resources), or raise poolSize(...) or connectTimeout(...) on Engine.builder"),
                        e.getMessage());
                assertInstanceOf(SQLException.class, e.getCause());
            }
            // once they are given back, the pool serves again
            try (Connection c = engine.connect()) {
                assertEquals(1, c.execute(text("VALUES 1")).scalar());
            }
        }
    }

    @Test
    void creatingAFileDatabaseDoesNotStarveTheFirstConnection(@TempDir Path dir) {
        Path db = dir.resolve("boot");
        // creating a Derby database on disk takes longer than the shortest connectTimeout
        try (Engine engine = Engine.builder("derby:///" + db).connectTimeout(Duration.ofMillis(250)).build()) {
            MetaData md = new MetaData();
            Table t = md.table("t", column("id", INTEGER).primaryKey());
            md.createAll(engine);
            try (Connection c = engine.begin()) {
                c.execute(t.insert(), Map.of("id", 1));
            }
            try (Connection c = engine.connect()) {
                assertEquals(1, c.execute(select(t)).fetchAll().size());
            }
        }
        assertTrue(Files.isDirectory(db));
    }
}
