package dev.retort.it.orm;

import static dev.retort.Retort.sessionmaker;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.it.support.SchemaReset;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Executable;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * An engine with a statement recorder, the ORM models' schema created once per class and emptied
 * after each test (rows deleted, key generators restarted), and a session factory found by discovery (META-INF/services).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrmFixture implements DialectAware {
    protected Engine engine;
    protected SessionFactory Session;
    protected final Recorder recorder = new Recorder();
    private Session session;
    /**
     * Whether the schema exists and is empty. It is created before the class's first test and kept:
     * after each test its rows are deleted and its key generators restarted, which leaves it as a
     * fresh schema would (DDL is the slow part on Derby and MariaDB). Should clearing fail, the
     * schema is dropped and the next test creates it anew.
     */
    private boolean schemaReady;

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
            if (schemaReady) {
                OrmBase_.metadata().dropAll(engine);
            }
            engine.close();
        }
    }

    @BeforeEach
    void createSchema() {
        startEngine();
        if (!schemaReady) {
            OrmBase_.metadata().dropAll(engine); // whatever another run (or a failed clear) left
            OrmBase_.metadata().createAll(engine, false);
            schemaReady = true;
        }
        recorder.clear();
    }

    @AfterEach
    void clearRows() {
        if (engine == null) {
            return;
        }
        if (session != null) {
            session.close();
            session = null;
        }
        if (!schemaReady) {
            return;
        }
        schemaReady = false;
        try {
            SchemaReset.clear(engine, OrmBase_.metadata(), database());
            schemaReady = true;
        } finally {
            if (!schemaReady) {
                OrmBase_.metadata().dropAll(engine);
            }
        }
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
