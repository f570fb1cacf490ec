package dev.retort.it.keys;

import static dev.retort.Retort.sessionmaker;
import static dev.retort.Retort.text;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.StatementListener;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What the key suites share: a new engine for every test, listened to by the suite, so that each
 * test starts without a block of sequence keys (blocks belong to an engine); the schema of
 * {@link KeysBase}, created by the first test and kept (emptied after each), dropped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KeysSuiteBase implements DialectAware {
    Engine engine;
    SessionFactory sessions;
    private boolean schemaReady;

    protected abstract Database database();

    /** What hears the statements of each test's engine; reset before each test. */
    abstract StatementListener listener();

    /** Forgets what the listener heard before the test. */
    abstract void resetListener();

    /**
     * The URL every engine of the suite opens: the same database for all of them (the servers'
     * URL; embedded databases use a named one, since each {@code :memory:} engine gets its own).
     */
    protected String url() {
        return database().url();
    }

    @Override
    public Dialect dialect() {
        return database().dialect();
    }

    @BeforeEach
    void start() {
        engine = Engine.builder(url()).listener(listener()).build();
        if (!schemaReady) {
            KeysBase_.metadata().dropAll(engine); // whatever an earlier run left
            schemaReady = true;
        }
        KeysBase_.metadata().createAll(engine); // (an in-memory SQLite database is the engine's own)
        sessions = sessionmaker(engine);
        resetListener();
    }

    @AfterEach
    void deleteRowsAndStop() {
        if (engine == null) {
            return; // skipped before it started
        }
        List<Table> tables = new ArrayList<>(KeysBase_.metadata().sortedTables());
        Collections.reverse(tables);
        try (Connection conn = engine.connect()) {
            for (Table t : tables) {
                conn.execute(t.delete());
            }
            conn.commit();
        } finally {
            engine.close();
            engine = null;
        }
    }

    @AfterAll
    void dropSchema() {
        if (schemaReady) {
            try (Engine e = Engine.create(url())) {
                KeysBase_.metadata().dropAll(e);
            }
        }
    }

    /** What one writer thread of {@link #concurrently} does, with its session factory and a prefix of its own. */
    interface Writer {
        void write(SessionFactory factory, String prefix) throws Exception;
    }

    /**
     * Runs four writers at once, the even ones on this test's engine and the odd ones on a second
     * engine of the same database, with {@code alongside} (given that second engine) on a fifth
     * thread; each must finish within two minutes.
     */
    void concurrently(Writer writer, Function<Engine, Callable<?>> alongside)
            throws Exception {
        try (Engine other = Engine.create(url())) {
            SessionFactory otherSessions = sessionmaker(other);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int thread = 0; thread < 4; thread++) {
                    SessionFactory factory = thread % 2 == 0 ? sessions : otherSessions;
                    String prefix = "w" + thread + "-";
                    work.add(pool.submit(() -> {
                        writer.write(factory, prefix);
                        return null;
                    }));
                }
                if (alongside != null) {
                    work.add(pool.submit(alongside.apply(other)));
                }
                for (Future<?> f : work) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    long count(String table) {
        try (Connection conn = engine.connect()) {
            return ((Number) conn.scalar(text("SELECT count(*) FROM " + table))).longValue();
        }
    }
}
