package dev.retort.engine;

import static dev.retort.sql.Expressions.bindParam;
import static dev.retort.sql.Expressions.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.sql.Column;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.compile.Compiled;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The prepared statements {@link Connection#executeCompiled} keeps for the next execution. */
class StatementCacheTest {
    private static Engine engine;
    private static Fixtures f;
    private static Compiled byId;

    @BeforeAll
    static void start() {
        engine = Engine.create(Fixtures.MEMORY);
        f = Fixtures.schema().populate(engine);
        Column<Integer> id = f.users.c("id");
        byId = engine.dialect().sqlCompiler().compile(
                select(f.users.c("name")).where(id.eq(bindParam("id", SqlTypes.INTEGER))));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String name(Connection conn, int id) {
        try (Result r = conn.executeCompiled(byId, new Object[] {id})) {
            Object[] row = r.fetchValues();
            return row == null ? null : (String) row[0];
        }
    }

    @Test
    void aReadResultGivesItsStatementBackAndTheNextExecutionReusesIt() throws SQLException {
        try (Connection conn = engine.connect()) {
            assertEquals("jack", name(conn, 1));
            StatementCache.Entry idle = conn.statements.take(byId);
            assertNotNull(idle, "the statement went back to the cache");
            conn.statements.give(byId, idle);
            assertEquals("wendy", name(conn, 2), "the same statement with other values");
            StatementCache.Entry again = conn.statements.take(byId);
            assertSame(idle.statement(), again.statement(), "prepared once");
            conn.statements.give(byId, again);
            conn.rollback();
            assertEquals("jack", name(conn, 1), "still usable after a rollback");
            assertEquals(null, name(conn, 99));
        }
    }

    @Test
    void twoOpenResultsOfOneStatementNeverShareIt() {
        try (Connection conn = engine.connect()) {
            try (Result first = conn.executeCompiled(byId, new Object[] {1});
                    Result second = conn.executeCompiled(byId, new Object[] {2})) {
                assertEquals("wendy", second.fetchValues()[0]);
                assertEquals("jack", first.fetchValues()[0], "the first result's cursor was not reused");
            }
            assertEquals("jack", name(conn, 1));
        }
    }

    @Test
    void closingTheConnectionClosesItsIdleStatements() throws SQLException {
        PreparedStatement ps;
        try (Connection conn = engine.connect()) {
            name(conn, 1);
            StatementCache.Entry idle = conn.statements.take(byId);
            ps = idle.statement();
            conn.statements.give(byId, idle);
        }
        assertTrue(ps.isClosed());
    }

    @Test
    void theCacheKeepsAtMostItsLimit() throws SQLException {
        try (Connection conn = engine.connect()) {
            Compiled[] many = new Compiled[StatementCache.LIMIT + 1];
            for (int i = 0; i < many.length; i++) {
                many[i] = engine.dialect().sqlCompiler().compile(select(f.users.c("name")));
                conn.executeCompiled(many[i], new Object[0]).close();
            }
            for (int i = 0; i < StatementCache.LIMIT; i++) {
                assertNotNull(conn.statements.take(many[i]), "statement " + i);
            }
            assertNull(conn.statements.take(many[StatementCache.LIMIT]), "past the limit, closed instead");
        }
    }
}
