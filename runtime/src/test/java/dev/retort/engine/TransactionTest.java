package dev.retort.engine;

import static dev.retort.sql.Expressions.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.ResourceClosedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions as seen from a second connection: what was committed is there, nothing else. */
class TransactionTest {
    private static Engine engine;
    private static Fixtures f;

    @BeforeAll
    static void start() {
        engine = Engine.create(Fixtures.MEMORY);
        f = Fixtures.schema();
        f.metadata.createAll(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @BeforeEach
    void empty() {
        engine.transaction(c -> c.execute(f.users.delete()));
    }

    /** The names committed so far, read on a connection of their own. */
    private static List<Object> committedNames() {
        return engine.inTransaction(c -> c.execute(select(f.users.c("name")).orderBy(f.users.c("name"))).scalars());
    }

    private static void insert(Connection conn, String name) {
        conn.execute(f.users.insert(), Map.of("name", name));
    }

    private static void insertDuplicate(Connection conn) {
        Map<String, Object> row = Map.of("id", 1000, "name", "dup");
        conn.execute(f.users.insert(), row);
        assertThrows(IntegrityErrorException.class, () -> conn.execute(f.users.insert(), row));
    }

    @Test
    void firstStatementBeginsCommitEnds() {
        try (Connection conn = engine.connect()) {
            assertFalse(conn.inTransaction());
            insert(conn, "jack");
            assertTrue(conn.inTransaction());
            conn.commit();
            assertFalse(conn.inTransaction());
            assertEquals(List.of("jack"), committedNames());
            insert(conn, "wendy"); // a new transaction begins
            assertTrue(conn.inTransaction());
            conn.commit();
        }
        assertEquals(List.of("jack", "wendy"), committedNames());
    }

    @Test
    void rollbackDiscardsAndCloseRollsBack() {
        try (Connection conn = engine.connect()) {
            insert(conn, "jack");
            conn.rollback();
            assertFalse(conn.inTransaction());
            assertEquals(List.of(), committedNames());
            insert(conn, "wendy");
            conn.commit();
            insert(conn, "never");
        }
        assertEquals(List.of("wendy"), committedNames());
    }

    @Test
    void commitAndRollbackWithoutTransactionDoNothing() {
        try (Connection conn = engine.connect()) {
            conn.commit();
            conn.rollback();
            assertFalse(conn.inTransaction());
        }
    }

    @Test
    void engineBeginCommitsOnClose() {
        try (Connection conn = engine.begin()) {
            assertTrue(conn.inTransaction());
            insert(conn, "jack");
        }
        assertEquals(List.of("jack"), committedNames());
    }

    @Test
    void engineBeginRollsBackWhenAStatementFailed() {
        try (Connection conn = engine.begin()) {
            insert(conn, "jack");
            insertDuplicate(conn); // caught, but the transaction is spoiled
            insert(conn, "wendy");
        }
        assertEquals(List.of(), committedNames());
    }

    @Test
    void engineBeginAfterExplicitRollback() {
        try (Connection conn = engine.begin()) {
            insert(conn, "jack");
            conn.rollback();
        }
        assertEquals(List.of(), committedNames());
        try (Connection conn = engine.begin()) {
            insert(conn, "jack");
            conn.rollback();
            insert(conn, "wendy"); // commit as you go: a new transaction, committed on close
        }
        assertEquals(List.of("wendy"), committedNames());
    }

    @Test
    void inTransactionCommitsOnReturnAndRollsBackOnException() {
        assertEquals("done", engine.inTransaction(c -> {
            insert(c, "jack");
            return "done";
        }));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.transaction(c -> {
            insert(c, "wendy");
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", e.getMessage());
        assertEquals(List.of("jack"), committedNames());
    }

    @Test
    void explicitTransactionOnAConnection() {
        try (Connection conn = engine.connect()) {
            Transaction tx = conn.begin();
            assertTrue(tx.isActive());
            assertFalse(tx.isNested());
            InvalidRequestException twice = assertThrows(InvalidRequestException.class, conn::begin);
            assertEquals("A transaction is already begun on this connection; commit() or rollback() it first, or use "
                    + "beginNested() for a savepoint", twice.getMessage());
            insert(conn, "jack");
            tx.commit();
            assertFalse(tx.isActive());
            assertFalse(conn.inTransaction());
            InvalidRequestException inactive = assertThrows(InvalidRequestException.class, tx::commit);
            assertEquals("This transaction is no longer active (already committed or rolled back, or ended with its "
                    + "connection's transaction); begin a new one", inactive.getMessage());
            tx.rollback(); // does nothing
        }
        assertEquals(List.of("jack"), committedNames());
    }

    @Test
    void beginAfterAutobeginIsRefused() {
        try (Connection conn = engine.connect()) {
            insert(conn, "jack");
            InvalidRequestException e = assertThrows(InvalidRequestException.class, conn::begin);
            assertEquals("A transaction is already begun on this connection (autobegun by an earlier statement); "
                    + "commit() or rollback() it first, or use beginNested() for a savepoint", e.getMessage());
        }
    }

    @Test
    void transactionCloseCommitsUnlessAStatementFailed() {
        try (Connection conn = engine.connect()) {
            try (Transaction tx = conn.begin()) {
                insert(conn, "jack");
            }
            try (Transaction tx = conn.begin()) {
                insert(conn, "wendy");
                insertDuplicate(conn);
            }
            assertFalse(conn.inTransaction());
        }
        assertEquals(List.of("jack"), committedNames());
    }

    @Test
    void savepointsReleaseAndRollBack() {
        try (Connection conn = engine.connect()) {
            insert(conn, "jack");
            Transaction sp = conn.beginNested();
            assertTrue(sp.isNested());
            insert(conn, "wendy");
            sp.rollback();
            assertFalse(sp.isActive());
            Transaction sp2 = conn.beginNested();
            insert(conn, "ed");
            sp2.commit();
            assertTrue(conn.inTransaction());
            conn.commit();
        }
        assertEquals(List.of("ed", "jack"), committedNames());
    }

    @Test
    void savepointOnAFreshConnectionAutobegins() {
        try (Connection conn = engine.connect()) {
            Transaction sp = conn.beginNested();
            assertTrue(conn.inTransaction());
            insert(conn, "jack");
            sp.commit();
            conn.commit();
        }
        assertEquals(List.of("jack"), committedNames());
    }

    @Test
    void failedStatementInASavepointSpoilsOnlyTheSavepoint() {
        try (Connection conn = engine.begin()) {
            insert(conn, "jack");
            try (Transaction sp = conn.beginNested()) {
                insert(conn, "wendy");
                insertDuplicate(conn);
            } // ROLLBACK TO SAVEPOINT
            insert(conn, "ed");
        } // COMMIT
        assertEquals(List.of("ed", "jack"), committedNames());
    }

    @Test
    void unhandledFailureInASavepointSpoilsTheTransaction() {
        try (Connection conn = engine.begin()) {
            insert(conn, "jack");
            conn.beginNested();
            insertDuplicate(conn);
        } // the savepoint was never ended: ROLLBACK
        assertEquals(List.of(), committedNames());
    }

    @Test
    void endingAnOuterTransactionEndsTheInnerOnes() {
        try (Connection conn = engine.connect()) {
            Transaction tx = conn.begin();
            Transaction sp1 = conn.beginNested();
            insert(conn, "jack");
            Transaction sp2 = conn.beginNested();
            insert(conn, "wendy");
            sp1.rollback();
            assertFalse(sp2.isActive());
            assertTrue(tx.isActive());
            Transaction sp3 = conn.beginNested();
            insert(conn, "ed");
            conn.commit(); // ends the root and every savepoint
            assertFalse(tx.isActive());
            assertFalse(sp3.isActive());
        }
        assertEquals(List.of("ed"), committedNames());
    }

    @Test
    void closedConnectionRefusesWork() {
        Connection conn = engine.connect();
        conn.close();
        conn.close(); // twice is fine
        assertTrue(conn.isClosed());
        ResourceClosedException e = assertThrows(ResourceClosedException.class, () -> insert(conn, "jack"));
        assertEquals("This connection is closed; get a new one with engine.connect()", e.getMessage());
        assertThrows(ResourceClosedException.class, conn::commit);
        assertThrows(ResourceClosedException.class, conn::jdbc);
    }
}
