package dev.retort.it.reliability;

import static dev.retort.Retort.column;
import static dev.retort.Retort.func;
import static dev.retort.Retort.literal;
import static dev.retort.Retort.select;
import static dev.retort.Retort.sessionmaker;
import static dev.retort.Retort.text;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.TEXT;
import static dev.retort.sql.SqlTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.Row;
import dev.retort.exc.RetortException;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Alias;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The injection corpus through every API that takes a value (Core and the session) and every API
 * that takes a name, on a real database. Values round-trip verbatim; names round-trip quoted or are refused with a typed
 * error; a canary table keeps its row through every attempt; the pool of one connection is free
 * after every attempt (nothing leaked). Prints the figures: inputs tried, executed, refused
 * (typed), leaked, untyped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InjectionSuite implements DialectAware {
    private Engine engine;
    private final MetaData metadata = new MetaData();
    private final Table canary = metadata.table("inj_canary", column("id", INTEGER).primaryKey(),
            column("note", string(40)));
    private final Table vals = metadata.table("inj_values", column("id", INTEGER).primaryKey(),
            column("s", string(200)), column("t", TEXT));
    private int tried;
    private int executed;
    private int refused;
    private final Map<String, Integer> refusals = new java.util.TreeMap<>();

    /** The database this subclass runs on. */
    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect();
    }

    @BeforeEach
    void start() {
        if (engine == null) {
            // one connection: a connection leaked by any failure makes the next attempt time out
            engine = Engine.builder(database().url()).poolSize(1).connectTimeout(Duration.ofSeconds(5)).build();
            metadata.dropAll(engine);
            metadata.createAll(engine);
            try (Connection c = engine.begin()) {
                c.execute(canary.insert(), Map.of("id", 1, "note", "alive"));
            }
        }
    }

    @AfterAll
    void stop() {
        if (engine != null) {
            assertCanary();
            metadata.dropAll(engine);
            engine.close();
            System.out.printf("[injection] %s: %d inputs tried, %d executed, %d refused with a typed error, "
                    + "0 leaked, 0 untyped; refusals %s%n", database(), tried, executed, refused, refusals);
        }
    }

    private void assertCanary() {
        try (Connection c = engine.connect()) {
            List<Row> rows = c.execute(select(canary)).fetchAll();
            assertEquals(1, rows.size(), "the canary table lost its row");
            assertEquals("alive", rows.get(0).get("note"));
        }
    }

    /** Runs one attempt: it succeeds or throws a Retort exception; the canary lives and no connection leaked. */
    private void attempt(String what, Object input, Consumer<Connection> work) {
        tried++;
        try (Connection c = engine.connect()) {
            work.accept(c);
            executed++;
        } catch (RetortException typed) {
            refused++;
            refusals.merge(what + ": " + typed.getClass().getSimpleName(), 1, Integer::sum);
        } catch (RuntimeException | AssertionError untyped) {
            throw new AssertionError(what + " with " + shown(input) + " on " + database() + ": " + untyped, untyped);
        }
        assertCanary(); // also borrows the one connection: a leak would time out here
    }

    /** {@link #attempt} for work that borrows its own connection (a session). */
    private void attemptAlone(String what, Object input, Runnable work) {
        tried++;
        try {
            work.run();
            executed++;
        } catch (RetortException typed) {
            refused++;
            refusals.merge(what + ": " + typed.getClass().getSimpleName(), 1, Integer::sum);
        } catch (RuntimeException | AssertionError untyped) {
            throw new AssertionError(what + " with " + shown(input) + " on " + database() + ": " + untyped, untyped);
        }
        assertCanary();
    }

    private static String shown(Object input) {
        String s = String.valueOf(input);
        return s.length() > 60 ? s.substring(0, 60) + "... (" + s.length() + " chars)" : s;
    }

    @Test
    void valuesRoundTripVerbatimThroughEveryValueApi() {
        int id = 100;
        for (String v : Corpus.VALUES) {
            int key = ++id;
            boolean small = Corpus.isShort(v);
            attempt("insert().values", v, c -> {
                c.execute(vals.insert(), Map.of("id", key, "s", small ? v : "big", "t", v));
                c.commit();
                assertEquals(v, c.execute(select(vals.c("t")).where(vals.c("id").eq(key))).scalar());
            });
            if (!small) {
                continue;
            }
            attempt("where eq", v, c -> assertEquals(List.of((Object) key),
                    c.execute(select(vals.c("id")).where(vals.c("s").eq(v)).where(vals.c("id").eq(key))).scalars()));
            attempt("where in", v, c -> assertEquals(List.of((Object) key), c.execute(select(vals.c("id"))
                    .where(vals.c("s").in(List.of(v, "-"))).where(vals.c("id").eq(key))).scalars()));
            attempt("contains (autoescaped LIKE)", v, c -> assertEquals(List.of((Object) key), c.execute(
                    select(vals.c("id")).where(vals.c("s").contains(v)).where(vals.c("id").eq(key))).scalars()));
            attempt("startsWith", v, c -> assertEquals(List.of((Object) key), c.execute(
                    select(vals.c("id")).where(vals.c("s").startsWith(v)).where(vals.c("id").eq(key))).scalars()));
            attempt("like as a pattern", v, c -> c.execute(select(vals.c("id")).where(vals.c("s").like(v))).fetchAll());
            attempt("literal", v, c -> assertEquals(v, c.execute(select(literal(v).label("x"))).scalar()));
            attempt("func argument", v, c -> assertEquals(v, c.execute(select(
                    func("coalesce", string(200), vals.c("s"), v)).where(vals.c("id").eq(key))).scalar()));
            attempt("text() parameter", v, c -> assertEquals(List.of((Object) key), c.execute(
                    text("SELECT id FROM inj_values WHERE s = :v AND id = :k"), Map.of("v", v, "k", key)).scalars()));
            attempt("update().values", v, c -> {
                c.execute(vals.update().where(vals.c("id").eq(key)).values(Map.of("s", v + "!")));
                c.commit();
                assertEquals(v + "!", c.execute(select(vals.c("s")).where(vals.c("id").eq(key))).scalar());
            });
            attempt("delete().where", v, c -> {
                assertEquals(1, c.execute(vals.delete().where(vals.c("s").eq(v + "!"))).rowCount());
                c.commit();
            });
        }
    }

    @Test
    void valuesRoundTripThroughTheSession() {
        SessionFactory sessions = sessionmaker(engine);
        ReliabilityBase_.metadata().dropAll(engine);
        ReliabilityBase_.metadata().createAll(engine);
        try {
            long id = 0;
            for (String v : Corpus.VALUES) {
                if (v.length() > 40) {
                    continue; // the name column is VARCHAR(40)
                }
                long key = ++id;
                attemptAlone("session.add / get / filterBy", v, () -> {
                    try (Session s = sessions.open()) {
                        s.add(new Account(key, v));
                        s.commit();
                    }
                    try (Session s = sessions.open()) {
                        assertEquals(v, s.get(Account.class, key).name);
                        assertEquals(key, s.query(Account.class).filterBy("name", v).one().id);
                        s.get(Account.class, key).name = v + "!";
                        s.commit();
                    }
                    try (Session s = sessions.open()) {
                        assertEquals(key, s.query(Account.class).filterBy(Map.of("name", v + "!")).one().id);
                    }
                });
            }
        } finally {
            ReliabilityBase_.metadata().dropAll(engine);
        }
    }

    @Test
    void namesRoundTripQuotedOrAreRefusedTyped() {
        int n = 0;
        for (String name : Corpus.NAMES) {
            String tableName = "inj_" + (++n) + name;
            MetaData md = new MetaData();
            Table t = md.table(tableName, column("id", INTEGER).primaryKey(), column(name, string(40)).index());
            attempt("table, column and index names", name, c -> {
                md.createAll(c);
                c.commit();
                c.execute(t.insert(), Map.of("id", 1, name, name));
                c.commit();
            });
            attempt("column, label and alias names", name, c -> {
                Row row = c.execute(select(t.c(name), t.c(name).label(name + "_l"))).one();
                assertEquals(name, row.get(0));
                assertEquals(name, row.get(name + "_l"));
                Alias a = t.alias(name);
                assertEquals(name, c.execute(select(a.c(name)).where(a.c("id").eq(1))).scalar());
            });
            attempt("function name", name, c -> c.execute(select(func(name, literal(1)))).fetchAll());
            attempt("drop", name, c -> {
                md.dropAll(c);
                c.commit();
            });
        }
        assertTrue(tried > 0);
    }

    @Test
    void aHostileFunctionNameIsNeverRun() {
        attempt("stacked statement as a function name", "1; DROP TABLE inj_canary; SELECT abs", c -> {
            c.execute(select(func("1; DROP TABLE inj_canary; SELECT abs", literal(1)))).fetchAll();
            fail("the database ran a function named by a stacked statement");
        });
    }
}
