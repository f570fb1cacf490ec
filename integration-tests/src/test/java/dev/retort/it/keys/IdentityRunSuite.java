package dev.retort.it.keys;

import static dev.retort.Retort.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Feature;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.StatementListener;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.OperationalErrorException;
import dev.retort.it.support.Database;
import dev.retort.it.support.MultiRowInserts;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Many new objects with identity keys in one flush: every object gets the key of its own row. On
 * a database whose driver returns keys only for single-row INSERTs but whose identity values rise
 * with every row ({@link Feature#MONOTONIC_IDENTITY}: Derby), the rows go in runs (first row
 * alone, a batch, last row alone), and a run into which another writer slipped a row is redone
 * row by row. On a database with {@link Feature#INSERT_MANY_VALUES} (PostgreSQL), runs of at
 * least 100 rows go in as one multi-row INSERT each, whose returned keys must rise; keys that do
 * not are rolled back and the rows go in as a batch. Every key is checked against the row read
 * back.
 */
abstract class IdentityRunSuite extends KeysSuiteBase {
    final Inserts inserts = new Inserts();

    @Override
    StatementListener listener() {
        return inserts;
    }

    @Override
    void resetListener() {
        inserts.runs.clear();
        inserts.before = r -> {};
    }

    /** The INSERTs into {@code key_stamps} an engine runs, and a hook run before each. */
    static final class Inserts implements StatementListener {
        /**
         * One INSERT: its rows, whether it carried more than one ({@code batch}), and whether it
         * was one multi-row INSERT ... SELECT ... FROM (VALUES ...) rather than an executemany.
         */
        record Run(int rows, boolean batch, boolean manyValues) {
            Run(int rows, boolean batch) {
                this(rows, batch, false);
            }
        }

        final List<Run> runs = Collections.synchronizedList(new ArrayList<>());
        volatile Consumer<Run> before = r -> {};

        @Override
        public void beforeExecute(String sql, List<List<Object>> parameterSets, boolean batch) {
            if (sql.startsWith("INSERT INTO") && sql.contains("key_stamps")) {
                int many = MultiRowInserts.rows(sql);
                Run run = many > 1 ? new Run(many, true, true) : new Run(parameterSets.size(), batch);
                before.accept(run);
                runs.add(run);
            }
        }
    }

    boolean runs() {
        return dialect().supports(Feature.MONOTONIC_IDENTITY) && !dialect().supports(Feature.BATCH_GENERATED_KEYS);
    }

    /** Every row of {@code key_stamps}: key to label. */
    private Map<Long, String> rows() {
        Map<Long, String> rows = new HashMap<>();
        try (Connection conn = engine.connect()) {
            for (var row : conn.execute(text("SELECT id, label FROM key_stamps")).fetchAll()) {
                rows.put(((Number) row.get(0)).longValue(), (String) row.get(1));
            }
        }
        return rows;
    }

    /** Each stamp's key is the key of the row that holds its label. */
    void assertEachKeyIsItsOwnRows(List<Stamp> stamps) {
        Map<Long, String> rows = rows();
        for (Stamp s : stamps) {
            assertEquals(s.label, rows.get(s.id), "the row with key " + s.id);
        }
    }

    static List<Stamp> stamps(String prefix, int n) {
        List<Stamp> stamps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            stamps.add(new Stamp(prefix + i));
        }
        return stamps;
    }

    void save(SessionFactory factory, List<?> objects) {
        try (Session s = factory.open()) {
            s.addAll(objects);
            s.commit();
        }
    }

    @Test
    void everyNewObjectGetsTheKeyOfItsOwnRow() {
        List<Stamp> all = new ArrayList<>();
        for (int n : new int[] {3, 8, 1003, 2345}) {
            inserts.runs.clear();
            List<Stamp> stamps = stamps("n" + n + "-", n);
            save(sessions, stamps);
            all.addAll(stamps);
            List<Inserts.Run> runs = inserts.runs;
            if (dialect().supports(Feature.INSERT_MANY_VALUES)) {
                // statements of 1000 rows; fewer than 100 go as a batch
                List<Inserts.Run> expected = new ArrayList<>();
                for (int from = 0; from < n; from += 1000) {
                    int size = Math.min(1000, n - from);
                    expected.add(new Inserts.Run(size, size > 1, size >= 100));
                }
                assertEquals(expected, runs);
            } else if (dialect().supports(Feature.BATCH_GENERATED_KEYS)) {
                assertEquals((n + 999) / 1000, runs.size(), "batches of 1000: " + runs);
            } else if (runs()) {
                // a run per 1000 rows: its first and last row alone, a batch between; a tail of
                // fewer than 8 rows goes row by row
                List<Inserts.Run> expected = new ArrayList<>();
                for (int from = 0; from < n; from += 1000) {
                    int size = Math.min(1000, n - from);
                    if (size < 8) {
                        for (int i = 0; i < size; i++) {
                            expected.add(new Inserts.Run(1, false));
                        }
                    } else {
                        expected.add(new Inserts.Run(1, false));
                        expected.add(new Inserts.Run(size - 2, true));
                        expected.add(new Inserts.Run(1, false));
                    }
                }
                assertEquals(expected, runs);
            } else {
                assertEquals(n, runs.size(), "one statement per row");
            }
        }
        assertEachKeyIsItsOwnRows(all);
        assertEquals(all.size(), rows().size());
    }

    @Test
    void childrenTakeTheKeysTheirParentsGot() {
        List<Album> albums = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Album a = new Album("a" + i);
            for (int k = 0; k < 2; k++) {
                Stamp s = new Stamp("a" + i + "/" + k);
                s.album = a;
                a.stamps.add(s);
            }
            albums.add(a);
        }
        save(sessions, albums);
        try (Connection conn = engine.connect()) {
            var rows = conn.execute(text("SELECT a.name, s.label FROM key_stamps s JOIN key_albums a ON s.album_id = a.id"))
                    .fetchAll();
            assertEquals(2400, rows.size(), "every stamp joins to an album");
            for (var row : rows) {
                assertTrue(((String) row.get(1)).startsWith(row.get(0) + "/"), row.get(0) + " holds " + row.get(1));
            }
        }
        List<Stamp> stamps = new ArrayList<>();
        for (Album a : albums) {
            stamps.addAll(a.stamps);
            for (Stamp s : a.stamps) {
                assertEquals(a.id, s.albumId, "the child's foreign key is its parent's key");
            }
        }
        assertEachKeyIsItsOwnRows(stamps);
    }

    /**
     * The parents' INSERTs succeed and give them keys, then a child's fails: the flush takes the
     * keys back out of the parents (whose values it did not otherwise touch) and the foreign keys
     * out of the children, and after a rollback the same objects go in again.
     */
    @Test
    void aFailedFlushTakesTheGeneratedKeysBackOutOfTheObjects() {
        List<Album> albums = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Album a = new Album("a" + i);
            Stamp s = new Stamp(i == 17 ? null : "a" + i + "/0"); // NOT NULL: this INSERT fails
            s.album = a;
            a.stamps.add(s);
            albums.add(a);
        }
        try (Session session = sessions.open()) {
            session.addAll(albums);
            DatabaseException e = assertThrows(DatabaseException.class, session::commit);
            assertTrue(e.getMessage().contains("INSERT INTO key_stamps"), e.getMessage());
            if (runs()) {
                assertTrue(e.getMessage().contains("'a1/0'") && e.getMessage().contains("of 28 total bound parameter sets"),
                        "the parameters of the run's batch, between its first and last row: " + e.getMessage());
            } else if (dialect().supports(Feature.BATCH_GENERATED_KEYS)) {
                assertTrue(e.getMessage().contains("'a1/0'"), "the batch's parameters: " + e.getMessage());
            } else {
                assertTrue(e.getMessage().contains("(18, null)"), "the failed row's parameters: " + e.getMessage());
            }
            for (Album a : albums) {
                assertNull(a.id, "the parent's generated key is taken back");
                assertNull(a.stamps.get(0).id);
                assertNull(a.stamps.get(0).albumId, "the child's foreign key too");
            }
            session.rollback();
            albums.get(17).stamps.get(0).label = "a17/0";
            session.addAll(albums);
            session.commit();
        }
        List<Stamp> stamps = new ArrayList<>();
        for (Album a : albums) {
            assertNotNull(a.id);
            assertEquals(a.id, a.stamps.get(0).albumId);
            stamps.add(a.stamps.get(0));
        }
        assertEachKeyIsItsOwnRows(stamps);
    }

    /**
     * Another connection inserts a row while a run is going in: the run's keys can no longer be
     * counted, so it is rolled back to its savepoint and its rows after the first go in one at a
     * time. The other writer's row stays, and every key is right.
     */
    @Test
    void aRowAnotherWriterInsertsDuringARunSendsTheRunRowByRow() {
        assumeTrue(database() != Database.SQLITE, "SQLite has one writer at a time: no row can slip in");
        try (Engine other = Engine.create(url())) {
            AtomicBoolean once = new AtomicBoolean();
            inserts.before = run -> {
                if (run.batch() && once.compareAndSet(false, true)) {
                    try (Connection conn = other.connect()) {
                        conn.execute(text("INSERT INTO key_stamps (label) VALUES ('intruder')"));
                        conn.commit();
                    }
                }
            };
            List<Stamp> stamps = stamps("s", 1500);
            save(sessions, stamps);
            assertTrue(once.get(), "the other writer ran");
            assertEachKeyIsItsOwnRows(stamps);
            Map<Long, String> rows = rows();
            assertEquals(1501, rows.size());
            assertTrue(rows.containsValue("intruder"));
            if (runs()) {
                List<Inserts.Run> runs = inserts.runs;
                assertEquals(new Inserts.Run(1, false), runs.get(0));
                assertEquals(new Inserts.Run(998, true), runs.get(1));
                assertEquals(new Inserts.Run(1, false), runs.get(2));
                for (int i = 3; i < 3 + 999; i++) {
                    assertEquals(new Inserts.Run(1, false), runs.get(i), "redone row by row after the rollback");
                }
                assertEquals(List.of(new Inserts.Run(1, false), new Inserts.Run(498, true), new Inserts.Run(1, false)),
                        runs.subList(1002, runs.size()), "the next run is counted again");
            } else if (dialect().supports(Feature.INSERT_MANY_VALUES)) {
                // the other writer's key comes before the statement's: its keys still rise, and stand
                assertEquals(List.of(new Inserts.Run(1000, true, true), new Inserts.Run(500, true, true)), inserts.runs);
            }
        }
    }

    /**
     * {@link #save}, again after an {@link OperationalErrorException}: Derby's identity generator
     * makes concurrent writers time out on its lock now and then ({@code 40XL1}, with plain JDBC
     * too; see the dialect notes), and the error says to retry. The failed flush took the keys back
     * out of the objects, so they go in again as new.
     */
    private void saveRetrying(SessionFactory factory, List<Stamp> stamps) {
        for (int attempt = 1; ; attempt++) {
            try {
                save(factory, stamps);
                return;
            } catch (OperationalErrorException e) {
                if (attempt == 10) {
                    throw e;
                }
                for (Stamp s : stamps) {
                    assertNull(s.id, "a failed flush leaves no key behind");
                }
            }
        }
    }

    /** Two engines, two threads each, inserting runs into the same table at once. */
    @Test
    void concurrentWritersEachGetTheKeysOfTheirOwnRows() throws Exception {
        assumeTrue(database() != Database.SQLITE, "an in-memory SQLite database belongs to one engine");
        List<Stamp> all = Collections.synchronizedList(new ArrayList<>());
        concurrently((factory, prefix) -> {
            for (int k = 0; k < 4; k++) {
                List<Stamp> stamps = stamps(prefix + k + "-", 700);
                saveRetrying(factory, stamps);
                all.addAll(stamps);
            }
        }, null);
        assertEquals(4 * 4 * 700, rows().size());
        assertEachKeyIsItsOwnRows(all);
    }

    /**
     * Saves {@code n} stamps into a {@code key_stamps} whose key column is {@code keyColumn} (the
     * column's DDL, made by hand), checks each key against its row and then {@code check}, and puts
     * the mapped table back.
     */
    void withKeyColumn(String keyColumn, int n, Consumer<List<Stamp>> check) {
        try (Connection conn = engine.connect()) {
            conn.execute(text("DROP TABLE key_stamps"));
            conn.execute(text("CREATE TABLE key_stamps (id " + keyColumn
                    + " PRIMARY KEY, album_id BIGINT, label VARCHAR(50) NOT NULL)"));
            conn.commit();
        }
        try {
            List<Stamp> stamps = stamps("s", n);
            save(sessions, stamps);
            assertEachKeyIsItsOwnRows(stamps);
            check.accept(stamps);
        } finally {
            try (Connection conn = engine.connect()) {
                conn.execute(text("DROP TABLE key_stamps"));
                conn.commit();
            }
            KeysBase_.metadata().createAll(engine);
        }
    }
}
