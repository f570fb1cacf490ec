package dev.retort.engine;

import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.DatabaseException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A driver that throws an unchecked exception instead of an SQLException (xerial's SQLite driver
 * for a string of several statements run as a batch) still gives a {@link DatabaseException} with
 * the statement, the parameters as the log shows them and the driver's exception in the cause chain.
 */
class UncheckedDriverFailureTest {

    @Test
    void aMultiStatementBatchOnSqliteIsWrapped() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").hideParameters(false).build()) {
            try (Connection conn = engine.begin()) {
                conn.execute(text("CREATE TABLE canary (id INTEGER PRIMARY KEY, secret VARCHAR(20))"));
                conn.execute(text("INSERT INTO canary (id, secret) VALUES (1, 'kept')"));
            }
            String sql = "INSERT INTO canary (id, secret) VALUES (:id, 'x'); INSERT INTO canary (id, secret) "
                    + "VALUES (:s, 'y')";
            DatabaseException e;
            try (Connection conn = engine.connect()) {
                e = assertThrows(DatabaseException.class, () -> conn.execute(text(sql),
                        List.of(Map.of("id", 2, "s", 4), Map.of("id", 3, "s", 5))));
            }
            assertEquals("INSERT INTO canary (id, secret) VALUES (?, 'x'); INSERT INTO canary (id, secret) VALUES (?, 'y')",
                    e.statement());
            assertEquals(2, e.parameters().size());
            assertNull(e.sqlState());
            Throwable root = e.getCause();
            assertInstanceOf(SQLException.class, root);
            assertInstanceOf(RuntimeException.class, root.getCause());
            assertFalse(root.getCause() instanceof dev.retort.exc.RetortException);
            assertTrue(e.getMessage().contains("The JDBC driver failed with " + root.getCause().getClass().getName()),
                    e.getMessage());
            assertTrue(e.getMessage().contains("[SQL: INSERT INTO canary"), e.getMessage());
            try (Connection conn = engine.connect()) {
                DatabaseException single = assertThrows(DatabaseException.class,
                        () -> conn.execute(text(sql), Map.of("id", 2, "s", 4)));
                assertEquals("[2, 4]", single.parameters().toString());
                assertInstanceOf(ArrayIndexOutOfBoundsException.class, single.getCause().getCause());
            }
            try (Connection conn = engine.connect()) {
                assertEquals(List.of((Object) 1), conn.execute(text("SELECT id FROM canary")).scalars());
            }
        }
    }

}
