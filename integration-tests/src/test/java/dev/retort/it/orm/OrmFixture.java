package dev.retort.it.orm;

import static dev.retort.Retort.sessionmaker;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Executable;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * An engine with a statement recorder, the ORM models' schema created before each test and
 * dropped after, and a session factory found by discovery (META-INF/services).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrmFixture implements DialectAware {
    protected Engine engine;
    protected SessionFactory Session;
    protected final Recorder recorder = new Recorder();
    private Session session;
    /** Whether the schema was dropped after the last test, so the next need not drop it first. */
    private boolean dropped;

    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect(); // known before the engine starts: @Requires is evaluated first
    }

    /** Starts the engine on first use, so a missing PostgreSQL server skips each test visibly. */
    private void startEngine() {
        if (engine == null) {
            engine = Engine.builder(database().url()).listener(recorder).build();
            Session = sessionmaker(engine);
        }
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @BeforeEach
    void createSchema() {
        startEngine();
        // after the previous test's dropSchema the database has none of the tables: no DROP, and no
        // existence checks (JDBC metadata reads, slow on Derby); the first test clears what another run left
        if (!dropped) {
            OrmBase_.metadata().dropAll(engine);
        }
        dropped = false;
        OrmBase_.metadata().createAll(engine, false);
        recorder.clear();
    }

    @AfterEach
    void dropSchema() {
        if (engine == null) {
            return;
        }
        if (session != null) {
            session.close();
            session = null;
        }
        OrmBase_.metadata().dropAll(engine);
        dropped = true;
    }

    /** A session closed after the test. */
    protected Session session() {
        if (session == null) {
            session = Session.open();
        }
        return session;
    }

    /** Runs a Core query on a separate connection: what the database holds, committed. */
    protected List<Object> scalars(Executable select) {
        try (Connection conn = engine.connect()) {
            return conn.execute(select).scalars();
        }
    }

    protected long rowsIn(String table) {
        try (Connection conn = engine.connect()) {
            return ((Number) conn.execute(dev.retort.Retort.text("SELECT count(*) FROM " + table)).scalar()).longValue();
        }
    }
}
