package dev.retort.it.compliance.orm;

import static dev.retort.Retort.sessionmaker;
import static dev.retort.Retort.text;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.it.support.SchemaReset;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Executable;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * SQLAlchemy's {@code _fixtures.FixtureTest} for Retort: the schema created once per class and
 * emptied after each case (rows deleted, key generators restarted), the fixture rows (users 7-10, addresses 1-5, orders 1-5, items 1-5, keywords
 * 1-7) loaded when a case asks, a statement recorder, and sessions closed after the case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComplianceFixture implements DialectAware {
    protected Engine engine;
    protected SessionFactory Session;
    protected final Statements sql = new Statements();
    private final List<Session> sessions = new ArrayList<>();

    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect();
    }

    /**
     * The schema is created before the class's first case and kept: after each case its rows are
     * deleted and its key generators restarted, which leaves the database as a fresh schema would
     * (DDL is the slow part on Derby and MariaDB). Should clearing fail, the schema is dropped and
     * the next case creates it anew.
     */
    private boolean schemaReady;

    @BeforeEach
    void createSchema() {
        if (engine == null) {
            engine = Engine.builder(database().url()).listener(sql).build();
            Session = sessionmaker(engine);
        }
        if (!schemaReady) {
            ComplianceBase_.metadata().dropAll(engine); // whatever another run left
            ComplianceBase_.metadata().createAll(engine, false);
            schemaReady = true;
        }
        sql.clear();
    }

    @AfterEach
    void clearRows() {
        if (engine == null) {
            return;
        }
        for (Session s : sessions) {
            s.close();
        }
        sessions.clear();
        if (!schemaReady) {
            return;
        }
        schemaReady = false;
        try {
            SchemaReset.clear(engine, ComplianceBase_.metadata(), database());
            schemaReady = true;
        } finally {
            if (!schemaReady) {
                ComplianceBase_.metadata().dropAll(engine);
            }
        }
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            if (schemaReady) {
                ComplianceBase_.metadata().dropAll(engine);
            }
            engine.close();
        }
    }

    /** SQLAlchemy's {@code fixture_session()}: a new session, closed after the case. */
    protected Session session() {
        Session s = Session.open();
        sessions.add(s);
        return s;
    }

    /** A session of a factory with {@code expireOnCommit} set, closed after the case. */
    protected Session session(boolean expireOnCommit) {
        Session s = new SessionFactory(engine).expireOnCommit(expireOnCommit).open();
        sessions.add(s);
        return s;
    }

    /** A session with autoflush off, closed after the case. */
    protected Session noAutoflushSession() {
        Session s = new SessionFactory(engine).autoflush(false).open();
        sessions.add(s);
        return s;
    }

    /** Inserts SQLAlchemy's fixture rows and moves each table's key generator past them. */
    protected void fixtures() {
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        rows.put("users", List.of(new Object[] {7, "jack"}, new Object[] {8, "ed"}, new Object[] {9, "fred"},
                new Object[] {10, "chuck"}));
        rows.put("addresses", List.of(new Object[] {1, 7, "jack@bean.com"}, new Object[] {2, 8, "ed@wood.com"},
                new Object[] {3, 8, "ed@bettyboop.com"}, new Object[] {4, 8, "ed@lala.com"},
                new Object[] {5, 9, "fred@fred.com"}));
        rows.put("orders", List.of(new Object[] {1, 7, "order 1", 0, 1}, new Object[] {2, 9, "order 2", 0, 4},
                new Object[] {3, 7, "order 3", 1, 1}, new Object[] {4, 9, "order 4", 1, 4},
                new Object[] {5, 7, "order 5", 0, null}));
        rows.put("items", List.of(new Object[] {1, "item 1"}, new Object[] {2, "item 2"}, new Object[] {3, "item 3"},
                new Object[] {4, "item 4"}, new Object[] {5, "item 5"}));
        rows.put("keywords", List.of(new Object[] {1, "blue"}, new Object[] {2, "red"}, new Object[] {3, "green"},
                new Object[] {4, "big"}, new Object[] {5, "small"}, new Object[] {6, "round"},
                new Object[] {7, "square"}));
        Map<String, String[]> columns = Map.of(
                "users", new String[] {"id", "name"},
                "addresses", new String[] {"id", "user_id", "email_address"},
                "orders", new String[] {"id", "user_id", "description", "isopen", "address_id"},
                "items", new String[] {"id", "description"},
                "keywords", new String[] {"id", "name"});
        int[][] orderItems = {{1, 1}, {2, 1}, {3, 1}, {1, 2}, {2, 2}, {3, 2}, {3, 3}, {4, 3}, {5, 3}, {1, 4},
                {5, 4}, {5, 5}};
        int[][] itemKeywords = {{2, 1}, {2, 2}, {4, 1}, {6, 1}, {5, 2}, {3, 3}, {4, 3}, {7, 2}, {6, 3}};
        try (Connection conn = engine.connect()) {
            for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
                Table t = table(e.getKey());
                String[] cols = columns.get(e.getKey());
                List<Map<String, Object>> sets = new ArrayList<>();
                for (Object[] r : e.getValue()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < cols.length; i++) {
                        m.put(cols[i], r[i]);
                    }
                    sets.add(m);
                }
                conn.execute(t.insert(), sets);
            }
            insertPairs(conn, table("order_items"), orderItems, true);
            insertPairs(conn, table("item_keywords"), itemKeywords, false);
            conn.commit();
            restartKeys(conn, "users", 11);
            restartKeys(conn, "addresses", 6);
            restartKeys(conn, "orders", 6);
            restartKeys(conn, "items", 6);
            restartKeys(conn, "keywords", 8);
            conn.commit();
        }
        sql.clear();
    }

    /** Association rows; {@code itemFirst}: the pair is (item, order), else (keyword, item). */
    private static void insertPairs(Connection conn, Table t, int[][] pairs, boolean itemFirst) {
        String itemCol = column(t, "item");
        String otherCol = column(t, itemFirst ? "order" : "keyword");
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int[] p : pairs) {
            sets.add(itemFirst ? Map.of(itemCol, p[0], otherCol, p[1]) : Map.of(otherCol, p[0], itemCol, p[1]));
        }
        conn.execute(t.insert(), sets);
    }

    private static String column(Table t, String prefix) {
        return t.columns().list().stream().map(c -> c.name()).filter(n -> n.startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    /** The identity counters do not move past explicitly inserted keys on every database: move them. */
    private void restartKeys(Connection conn, String table, int next) {
        if (database() != Database.MARIADB) { // MariaDB's counter follows the largest key inserted
            SchemaReset.restartKeys(conn, database(), table, "id", next);
        }
    }

    protected static Table table(String name) {
        return ComplianceBase_.metadata().tables().get(name);
    }

    /** Runs a Core query on a separate connection: what the database holds, committed. */
    protected List<Object> scalars(Executable select) {
        try (Connection conn = engine.connect()) {
            return conn.execute(select).scalars();
        }
    }

    /** A count of rows, committed. */
    protected long count(String table) {
        try (Connection conn = engine.connect()) {
            return ((Number) conn.execute(text("SELECT count(*) FROM " + table)).scalar()).longValue();
        }
    }

    /** Numbers read back as longs (drivers differ in the boxed type). */
    protected static List<Long> longs(List<Object> values) {
        List<Long> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? null : ((Number) v).longValue());
        }
        return out;
    }
}
