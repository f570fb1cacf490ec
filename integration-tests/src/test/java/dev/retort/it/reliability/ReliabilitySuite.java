package dev.retort.it.reliability;

import static dev.retort.Retort.select;
import static dev.retort.Retort.sessionmaker;
import static dev.retort.Retort.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.StaleDataException;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a failure leaves behind: a flush that fails in its insert, update or delete phase (the bad
 * row first, in the middle or last) leaves no partial rows and the session usable after
 * {@code rollback()}; concurrent versioned increments lose no update; no connection is leaked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReliabilitySuite implements DialectAware {
    static final int THREADS = 16;
    static final int INCREMENTS = 1000;
    private static final int POOL = THREADS;

    private Engine engine;
    private SessionFactory sessions;
    private final Table accounts = ReliabilityBase_.metadata().getTable("rel_accounts");

    /** The database this subclass runs on. */
    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect();
    }

    @BeforeEach
    void schema() {
        if (engine == null) {
            engine = Engine.builder(database().url()).poolSize(POOL).connectTimeout(Duration.ofSeconds(10)).build();
            sessions = sessionmaker(engine);
        }
        ReliabilityBase_.metadata().dropAll(engine);
        ReliabilityBase_.metadata().createAll(engine);
        try (Session s = sessions.open()) {
            s.add(new Account(100, "taken"));
            s.commit();
        }
    }

    @AfterEach
    void nothingLeaked() {
        if (engine == null) {
            return; // the database is absent and the test was skipped before it began
        }
        // every connection of the pool can be borrowed at once: none was left behind by a failure
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                all.add(engine.connect());
            }
        } finally {
            all.forEach(Connection::close);
        }
        assertEquals(POOL, all.size());
    }

    @AfterAll
    void stop() {
        if (engine != null) {
            ReliabilityBase_.metadata().dropAll(engine);
            engine.close();
        }
    }

    private List<Object> names() {
        try (Connection c = engine.connect()) {
            return c.execute(select(accounts.c("name")).orderBy(accounts.c("id"))).scalars();
        }
    }

    private void seedThree() {
        try (Session s = sessions.open()) {
            s.add(new Account(1, "a"));
            s.add(new Account(2, "b"));
            s.add(new Account(3, "c"));
            s.commit();
        }
    }

    private static List<Account> loadThree(Session s) {
        List<Account> loaded = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            loaded.add(s.get(Account.class, id));
        }
        return loaded;
    }

    /**
     * Whether this suite runs the concurrent increments: on Derby and PostgreSQL, whose row locks
     * make writers wait for each other (SQLite locks the whole database).
     */
    protected boolean concurrentWriters() {
        return false;
    }

    /** The session still works after the rollback: it can write and commit. */
    private void stillUsable(Session s) {
        s.add(new Account(50, "after"));
        s.commit();
        assertEquals(1L, ((Number) s.execute(text("SELECT COUNT(*) FROM rel_accounts WHERE name = 'after'"))
                .scalar()).longValue());
    }

    @ParameterizedTest(name = "violation at position {0}")
    @ValueSource(ints = {0, 1, 2})
    void aFailedInsertPhaseLeavesNoPartialRows(int bad) {
        try (Session s = sessions.open()) {
            for (int i = 0; i < 3; i++) {
                s.add(new Account(10 + i, i == bad ? "taken" : "new" + i));
            }
            assertThrows(IntegrityErrorException.class, s::flush);
            s.rollback();
            assertEquals(List.of("taken"), names());
            stillUsable(s);
        }
        assertEquals(List.of("after", "taken"), names());
    }

    @ParameterizedTest(name = "violation at position {0}")
    @ValueSource(ints = {0, 1, 2})
    void aFailedUpdatePhaseLeavesNoPartialRows(int bad) {
        seedThree();
        try (Session s = sessions.open()) {
            List<Account> loaded = loadThree(s); // all loaded first: a get() could autoflush a change
            for (int i = 0; i < 3; i++) {
                loaded.get(i).name = i == bad ? "taken" : "renamed" + i;
            }
            assertThrows(IntegrityErrorException.class, s::flush);
            s.rollback();
            assertEquals(List.of("a", "b", "c", "taken"), names());
            stillUsable(s);
        }
    }

    @ParameterizedTest(name = "violation at position {0}")
    @ValueSource(ints = {0, 1, 2})
    void aFailedDeletePhaseLeavesNoPartialRows(int bad) {
        seedThree();
        try (Session s = sessions.open()) {
            s.add(new Entry(1, bad + 1));
            s.commit();
        }
        try (Session s = sessions.open()) {
            for (Account a : loadThree(s)) {
                s.delete(a);
            }
            assertThrows(IntegrityErrorException.class, s::flush);
            s.rollback();
            assertEquals(List.of("a", "b", "c", "taken"), names());
            stillUsable(s);
        }
    }

    @Test
    void concurrentVersionedIncrementsLoseNoUpdate() throws Exception {
        Assumptions.assumeTrue(concurrentWriters(), "concurrent increments run on Derby, PostgreSQL and MariaDB");
        try (Session s = sessions.open()) {
            s.add(new Account(1, "counter"));
            s.commit();
        }
        AtomicInteger retries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < INCREMENTS; i++) {
                        increment(retries);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Session s = sessions.open()) {
            Account counter = s.get(Account.class, 1L);
            assertEquals(THREADS * INCREMENTS, counter.balance);
            assertEquals(THREADS * INCREMENTS + 1, counter.version);
        }
        System.out.printf("[increments] %s: %d threads x %d versioned increments, 0 lost, %d retries, %d ms%n",
                database(), THREADS, INCREMENTS, retries.get(), (System.nanoTime() - start) / 1_000_000);
    }

    /** One increment in a session of its own, retried when another thread got there first. */
    private void increment(AtomicInteger retries) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            try (Session s = sessions.open()) {
                Account counter = s.get(Account.class, 1L);
                counter.balance++;
                s.commit();
                return;
            } catch (StaleDataException | OperationalErrorException lost) {
                retries.incrementAndGet(); // a concurrent commit won (or a deadlock victim): read again
            }
        }
        throw new AssertionError("an increment did not succeed in 10,000 attempts");
    }
}
