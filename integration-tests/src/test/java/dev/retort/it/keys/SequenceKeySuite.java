package dev.retort.it.keys;

import static dev.retort.Retort.column;
import static dev.retort.Retort.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Feature;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.StatementListener;
import dev.retort.exc.DatabaseException;
import dev.retort.it.support.MultiRowInserts;
import dev.retort.it.support.Requires;
import dev.retort.orm.Session;
import dev.retort.sql.MetaData;
import dev.retort.sql.Sequence;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Primary keys from a sequence ({@code @Column(sequence = ...)}): where the database has
 * sequences, the flush takes keys from the engine's pooled block before the INSERT, one
 * {@code NEXT VALUE FOR} per allocation size, and batches the INSERTs; where it has none (SQLite),
 * the sequence is ignored and the key column stays autoincrement. Everything is read back.
 */
abstract class SequenceKeySuite extends KeysSuiteBase {
    private final Statements statements = new Statements();

    @Override
    StatementListener listener() {
        return statements;
    }

    @Override
    void resetListener() {
        statements.clear();
    }

    private boolean sequences() {
        return dialect().supports(Feature.SEQUENCES);
    }

    /** Records the statements an engine runs: is a key fetched, is an INSERT a batch. */
    static final class Statements implements StatementListener {
        record Run(String sql, int rows, boolean batch) {}

        private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeExecute(String sql, List<List<Object>> parameterSets, boolean batch) {
            // a multi-row INSERT ... VALUES (...), (...) (PostgreSQL's executemany of 100 rows or
            // more) counts as a batch of its rows
            int many = MultiRowInserts.rows(sql);
            runs.add(many > 1 ? new Run(sql, many, true) : new Run(sql, parameterSets.size(), batch));
        }

        void clear() {
            runs.clear();
        }

        long nextValues() {
            synchronized (runs) {
                return runs.stream().filter(r -> r.sql().contains("NEXT VALUE FOR") || r.sql().contains("nextval(")).count();
            }
        }

        List<Run> inserts(String table) {
            synchronized (runs) {
                return runs.stream().filter(r -> r.sql().startsWith("INSERT INTO") && r.sql().contains(table)).toList();
            }
        }
    }

    private boolean sequenceExists(Engine e, String name) {
        try (Connection conn = e.connect()) {
            return conn.execute(text(dialect().sequenceExistsSql()), Map.of("name", dialect().denormalizeName(name)))
                    .first() != null;
        }
    }

    // ------------------------------------------------------------------ the flush

    @Test
    void keysAreAssignedBeforeTheInsertAndTheRowsGoInOneBatch() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            tickets.add(new Ticket("t" + i));
        }
        List<Long> ids = new ArrayList<>();
        try (Session s = sessions.open()) {
            s.addAll(tickets);
            s.flush();
            for (Ticket t : tickets) {
                assertNotNull(t.id, "every object has its key after the flush");
                ids.add(t.id);
            }
            s.commit();
        }
        assertEquals(120, new HashSet<>(ids).size(), "distinct keys");
        List<Statements.Run> inserts = statements.inserts("key_tickets");
        if (sequences()) {
            assertEquals(3, statements.nextValues(), "one NEXT VALUE FOR per 50 keys: " + statements.runs);
            assertEquals(1, inserts.size(), "one batch: " + inserts);
            assertTrue(inserts.get(0).batch());
            assertEquals(120, inserts.get(0).rows());
            for (int i = 1; i < ids.size(); i++) {
                if (i % 50 != 0) {
                    assertEquals(ids.get(i - 1) + 1, ids.get(i), "a block hands out consecutive keys");
                }
            }
        } else {
            assertEquals(0, statements.nextValues(), "no sequences here: the column is autoincrement");
            assertEquals(dialect().supports(Feature.BATCH_GENERATED_KEYS) ? 1 : 120, inserts.size());
        }
        assertEquals(120, count("key_tickets"));
        try (Session s = sessions.open()) {
            for (int i = 0; i < tickets.size(); i++) {
                assertEquals("t" + i, s.get(Ticket.class, ids.get(i)).title, "each key is its own row's");
            }
        }
    }

    @Test
    @Requires(Feature.SEQUENCES)
    void oneBlockServesSeveralFlushesAndSessions() {
        List<Badge> badges = new ArrayList<>();
        try (Session s = sessions.open()) {
            for (int flush = 0; flush < 2; flush++) {
                Badge a = new Badge("a" + flush);
                Badge b = new Badge("b" + flush);
                s.add(a);
                s.add(b);
                s.flush();
                badges.add(a);
                badges.add(b);
            }
            s.commit();
        }
        Badge last = new Badge("last");
        try (Session s = sessions.open()) {
            s.add(last);
            s.commit();
        }
        badges.add(last);
        assertEquals(2, statements.nextValues(), "5 keys with 3 per fetch: " + statements.runs);
        int first = badges.get(0).id;
        assertEquals(List.of(first, first + 1, first + 2), badges.subList(0, 3).stream().map(x -> x.id).toList());
        int second = badges.get(3).id;
        assertTrue(second >= first + 3, "the second block starts after the first: " + second);
        assertEquals(second + 1, (int) badges.get(4).id, "the next session takes the rest of the engine's block");
        assertEquals(5, count("key_badges"));
        try (Session s = sessions.open()) {
            for (Badge b : badges) {
                assertEquals(b.label, s.get(Badge.class, b.id).label);
            }
        }
    }

    @Test
    void anAssignedKeyIsKept() {
        Ticket mine = new Ticket("mine");
        mine.id = 1_000_000L;
        Ticket generated = new Ticket("generated");
        try (Session s = sessions.open()) {
            s.add(mine);
            s.add(generated);
            s.commit();
        }
        assertEquals(1_000_000L, mine.id);
        assertNotNull(generated.id);
        assertNotEquals(mine.id, generated.id);
        assertEquals(sequences() ? 1 : 0, statements.nextValues(), "a key is drawn for the object without one only");
        try (Session s = sessions.open()) {
            assertEquals("mine", s.get(Ticket.class, 1_000_000L).title);
            assertEquals("generated", s.get(Ticket.class, generated.id).title);
        }
    }

    @Test
    @Requires(Feature.SEQUENCES)
    void aRollbackLeavesAGapButNoDuplicate() {
        List<Long> rolledBack = new ArrayList<>();
        try (Session s = sessions.open()) {
            for (int i = 0; i < 5; i++) {
                Ticket t = new Ticket("gone" + i);
                s.add(t);
                s.flush();
                rolledBack.add(t.id);
            }
            s.rollback();
        }
        assertEquals(0, count("key_tickets"));
        List<Ticket> kept = new ArrayList<>();
        try (Session s = sessions.open()) {
            for (int i = 0; i < 5; i++) {
                kept.add(new Ticket("kept" + i));
            }
            s.addAll(kept);
            s.commit();
        }
        long maxRolledBack = Collections.max(rolledBack);
        for (Ticket t : kept) {
            assertTrue(t.id > maxRolledBack, "keys drawn are never handed out again: " + t.id + " after " + rolledBack);
        }
        assertEquals(5, count("key_tickets"));
        assertEquals(5, new HashSet<>(kept.stream().map(t -> t.id).toList()).size());
    }

    @Test
    void aFailedFlushTakesTheKeysBackOutOfTheObjects() {
        Ticket good = new Ticket("good");
        Ticket bad = new Ticket(null); // title is NOT NULL
        try (Session s = sessions.open()) {
            s.add(good);
            s.add(bad);
            assertThrows(DatabaseException.class, s::flush);
            assertNull(good.id, "the key the failed flush assigned is taken back");
            assertNull(bad.id);
            s.rollback();
        }
        bad.title = "fixed";
        try (Session s = sessions.open()) {
            s.add(good);
            s.add(bad);
            s.commit();
        }
        assertNotNull(good.id);
        assertNotNull(bad.id);
        try (Session s = sessions.open()) {
            assertEquals("fixed", s.get(Ticket.class, bad.id).title);
            assertEquals("good", s.get(Ticket.class, good.id).title);
        }
    }

    @Test
    void recordsGetKeyedCopiesBeforeTheInsert() {
        List<Voucher> drafts = List.of(new Voucher(0, "a"), new Voucher(0, "b"), new Voucher(0, "c"));
        List<Long> ids = new ArrayList<>();
        try (Session s = sessions.open()) {
            s.addAll(drafts);
            s.flush();
            for (Voucher d : drafts) {
                Voucher keyed = s.persisted(d);
                assertNotEquals(0L, keyed.id(), "the copy holds the key");
                assertEquals(0L, d.id(), "the record that was added keeps none");
                assertEquals(d.code(), keyed.code());
                ids.add(keyed.id());
            }
            s.commit();
        }
        assertEquals(3, new HashSet<>(ids).size());
        if (sequences()) {
            assertEquals(1, statements.inserts("key_vouchers").size(), "one batch");
        }
        try (Session s = sessions.open()) {
            for (int i = 0; i < drafts.size(); i++) {
                assertEquals(drafts.get(i).code(), s.get(Voucher.class, ids.get(i)).code());
            }
        }
    }

    @Test
    void childrenTakeTheirParentsKeyAsTheirForeignKey() {
        List<Folder> folders = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            Folder folder = new Folder("f" + f);
            for (int n = 0; n < 3; n++) {
                Note note = new Note("f" + f + "n" + n);
                folder.notes.add(note);
                note.folder = folder;
            }
            folders.add(folder);
        }
        try (Session s = sessions.open()) {
            s.addAll(folders);
            s.commit();
        }
        for (Folder f : folders) {
            for (Note n : f.notes) {
                assertEquals(f.id, n.folderId);
            }
        }
        if (sequences()) {
            assertEquals(1, statements.inserts("key_folders").size(), "the parents in one batch");
            assertEquals(1, statements.inserts("key_notes").size(), "the children in one batch");
            assertEquals(2, statements.nextValues(), "one fetch per sequence");
        }
        try (Session s = sessions.open()) {
            for (Folder f : folders) {
                List<String> texts = s.get(Folder.class, f.id).notes.stream().map(n -> n.text).toList();
                assertEquals(List.of(f.name + "n0", f.name + "n1", f.name + "n2"), texts);
            }
        }
    }

    @Test
    void aCoreInsertWithoutAKeyDrawsOneFromTheSequence() {
        Table tickets = KeysBase_.metadata().getTable("key_tickets");
        List<Object> keys = new ArrayList<>();
        try (Connection conn = engine.connect()) {
            keys.add(conn.execute(tickets.insert(), Map.of("title", "by parameters")).insertedPrimaryKey().get(0));
            keys.add(conn.execute(tickets.insert().values(Map.of("title", "by values"))).insertedPrimaryKey().get(0));
            conn.execute(tickets.insert(), List.of(Map.of("title", "many 1"), Map.of("title", "many 2")));
            conn.execute(tickets.insert(), Map.of("id", 5_000_000L, "title", "given"));
            conn.commit();
        }
        assertEquals(sequences() ? 1 : 0, statements.nextValues(), "one block serves every row");
        assertEquals(2, new HashSet<>(keys).size());
        try (Session s = sessions.open()) {
            assertEquals("by parameters", s.get(Ticket.class, ((Number) keys.get(0)).longValue()).title);
            assertEquals("by values", s.get(Ticket.class, ((Number) keys.get(1)).longValue()).title);
            assertEquals("given", s.get(Ticket.class, 5_000_000L).title, "a key given is kept");
        }
        assertEquals(5, count("key_tickets"));
        try (Connection conn = engine.connect()) {
            assertEquals(5L, ((Number) conn.scalar(text("SELECT count(DISTINCT id) FROM key_tickets"))).longValue());
        }
    }

    // ------------------------------------------------------------------ concurrent writers

    /**
     * Two engines on one database, two threads each, and a writer that uses plain
     * {@code NEXT VALUE FOR} values as keys (another application): every key is unique, no
     * INSERT fails, every row is there.
     */
    @Test
    @Requires(Feature.SEQUENCES)
    void concurrentWritersOnTwoEnginesNeverShareAKey() throws Exception {
        int sessionsPerThread = 5;
        int perSession = 40;
        int rawRows = 20;
        String nextValue = dialect().nextSequenceValueSql("key_ticket_seq");
        Table tickets = KeysBase_.metadata().getTable("key_tickets");
        concurrently((factory, prefix) -> {
            for (int k = 0; k < sessionsPerThread; k++) {
                try (Session s = factory.open()) {
                    for (int i = 0; i < perSession; i++) {
                        s.add(new Ticket(prefix + k + "-" + i));
                    }
                    s.commit();
                }
            }
        }, other -> () -> {
            try (Connection conn = other.connect()) {
                for (int i = 0; i < rawRows; i++) {
                    long id = ((Number) conn.scalar(text(nextValue))).longValue();
                    conn.execute(tickets.insert(), Map.of("id", id, "title", "raw" + i));
                    conn.commit();
                }
            }
            return null;
        });
        long expected = 4L * sessionsPerThread * perSession + rawRows;
        assertEquals(expected, count("key_tickets"));
        try (Connection conn = engine.connect()) {
            assertEquals(expected, ((Number) conn.scalar(text("SELECT count(DISTINCT id) FROM key_tickets"))).longValue());
        }
    }

    // ------------------------------------------------------------------ schema

    @Test
    void createAllAndDropAllManageTheSequence() {
        MetaData md = new MetaData();
        Sequence seq = new Sequence("key_probe_seq", 1, 5);
        Table probe = md.table("key_probe", column("id", SqlTypes.BIGINT).primaryKey().sequence(seq),
                column("name", SqlTypes.string(20)));
        md.dropAll(engine);
        md.createAll(engine);
        try {
            md.createAll(engine); // checks first: neither the table nor the sequence is created twice
            if (sequences()) {
                assertTrue(sequenceExists(engine, "key_probe_seq"));
                assertTrue(sequenceExists(engine, "key_ticket_seq"), "createAll of the mapped classes made it");
                try (Connection conn = engine.connect()) {
                    long a = conn.nextPooledValue(seq);
                    long b = conn.nextPooledValue(seq);
                    assertEquals(a + 1, b, "one fetch, a block of 5");
                    assertEquals(1, statements.nextValues());
                    conn.execute(probe.insert(), Map.of("id", a, "name", "x"));
                    conn.commit();
                }
            } else {
                assertNull(dialect().sequenceExistsSql());
                try (Connection conn = engine.connect()) {
                    // the sequence is ignored: the key is the column's autoincrement
                    assertNotNull(conn.execute(probe.insert(), Map.of("name", "x")).insertedPrimaryKey());
                    assertThrows(dev.retort.exc.InvalidRequestException.class, () -> conn.nextPooledValue(seq));
                    conn.commit();
                }
            }
            assertEquals(1, count("key_probe"));
        } finally {
            md.dropAll(engine);
        }
        if (sequences()) {
            assertFalse(sequenceExists(engine, "key_probe_seq"), "dropAll dropped it");
        }
    }
}
