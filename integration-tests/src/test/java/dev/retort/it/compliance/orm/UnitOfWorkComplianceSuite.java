package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.orm.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from SQLAlchemy's {@code test/orm/test_unitofworkv2.py}: the exact statements a
 * flush sends, in Retort's generic rendering ({@code ?} for binds; a batch is one statement with
 * several parameter sets, as SQLAlchemy's executemany). The compliance {@code users} table has a
 * {@code pref_id} column and {@code orders} an {@code address_id}, so their INSERTs name them.
 */
abstract class UnitOfWorkComplianceSuite extends ComplianceFixture {

    private static final String INSERT_USER = "INSERT INTO users (name, pref_id) VALUES (?, ?)";
    private static final String INSERT_ADDRESS = "INSERT INTO addresses (user_id, email_address) VALUES (?, ?)";
    private static final String INSERT_ORDER =
            "INSERT INTO orders (user_id, address_id, description, isopen) VALUES (?, ?, ?, ?)";

    /** Parameter sets with numbers as longs (drivers box keys differently). */
    private static List<List<Object>> params(Statements.Statement s) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> set : s.parameters()) {
            List<Object> row = new ArrayList<>();
            for (Object v : set) {
                row.add(v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v);
            }
            out.add(row);
        }
        return out;
    }

    /**
     * SQLAlchemy's {@code Conditional(insert_executemany_returning, ...)}: rows whose keys the
     * database generates go as one batch where the driver returns every key of a batch, else one
     * statement per row. Asserts the SQL, how many statements, and the parameter sets in order.
     */
    private void assertInserts(String insertSql, List<List<Object>> rows) {
        List<Statements.Statement> inserts = sql.writes().stream().filter(s -> s.sql().equals(insertSql)).toList();
        boolean batch = dialect().supports(dev.retort.dialect.Feature.BATCH_GENERATED_KEYS);
        assertEquals(batch ? 1 : rows.size(), inserts.size(), inserts.toString());
        List<List<Object>> sent = new ArrayList<>();
        for (Statements.Statement s : inserts) {
            sent.addAll(params(s));
        }
        assertEquals(rows, sent);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_one_to_many_save
    @Test
    void oneToManySave() {
        Session sess = session();
        Address a1 = new Address("a1");
        Address a2 = new Address("a2");
        User u1 = new User("u1");
        u1.addresses.addAll(List.of(a1, a2));
        sess.add(u1);
        sess.flush();
        assertEquals(INSERT_USER, sql.writeSql().get(0));
        assertEquals(List.of(row("u1", null)), params(sql.writes().get(0)));
        assertInserts(INSERT_ADDRESS, List.of(row(u1.id, "a1"), row(u1.id, "a2")));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_one_to_many_delete_all
    @Test
    void oneToManyDeleteAll() {
        Session sess = session();
        Address a1 = new Address("a1");
        Address a2 = new Address("a2");
        User u1 = new User("u1");
        u1.addresses.addAll(List.of(a1, a2));
        sess.add(u1);
        sess.flush();
        sql.clear();
        sess.delete(u1);
        sess.delete(a1);
        sess.delete(a2);
        sess.flush();
        assertEquals(List.of("DELETE FROM addresses WHERE addresses.id = ?", "DELETE FROM users WHERE users.id = ?"),
                sql.writeSql());
        assertEquals(List.of(row(a1.id), row(a2.id)), params(sql.writes().get(0)));
        assertEquals(List.of(row(u1.id)), params(sql.writes().get(1)));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_one_to_many_delete_parent (User.orders: no delete cascade)
    @Test
    void oneToManyDeleteParent() {
        Session sess = session();
        Order o1 = new Order("a1");
        Order o2 = new Order("a2");
        User u1 = new User("u1");
        u1.orders.addAll(List.of(o1, o2));
        sess.add(u1);
        sess.flush();
        sql.clear();
        sess.delete(u1);
        sess.flush();
        assertEquals(List.of("UPDATE orders SET user_id=? WHERE orders.id = ?", "DELETE FROM users WHERE users.id = ?"),
                sql.writeSql());
        assertEquals(List.of(row(null, o1.id), row(null, o2.id)), params(sql.writes().get(0)));
        assertEquals(List.of(row(u1.id)), params(sql.writes().get(1)));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_many_to_one_save
    @Test
    void manyToOneSave() {
        Session sess = session();
        User u1 = new User("u1");
        Address a1 = new Address("a1");
        Address a2 = new Address("a2");
        a1.user = u1;
        a2.user = u1;
        sess.addAll(List.of(a1, a2));
        sess.flush();
        assertEquals(INSERT_USER, sql.writeSql().get(0));
        assertInserts(INSERT_ADDRESS, List.of(row(u1.id, "a1"), row(u1.id, "a2")));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_many_to_one_delete_all
    @Test
    void manyToOneDeleteAll() {
        Session sess = session();
        User u1 = new User("u1");
        Address a1 = new Address("a1");
        Address a2 = new Address("a2");
        a1.user = u1;
        a2.user = u1;
        sess.addAll(List.of(a1, a2));
        sess.flush();
        sql.clear();
        sess.delete(u1);
        sess.delete(a1);
        sess.delete(a2);
        sess.flush();
        assertEquals(List.of("DELETE FROM addresses WHERE addresses.id = ?", "DELETE FROM users WHERE users.id = ?"),
                sql.writeSql());
        assertEquals(List.of(row(a1.id), row(a2.id)), params(sql.writes().get(0)));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_many_to_one_delete_target (orders: no delete cascade)
    @Test
    void manyToOneDeleteTarget() {
        Session sess = session();
        User u1 = new User("u1");
        Order o1 = new Order("a1");
        Order o2 = new Order("a2");
        o1.user = u1;
        o2.user = u1;
        sess.addAll(List.of(o1, o2));
        sess.flush();
        sql.clear();
        sess.delete(u1);
        o1.user = null;
        o2.user = null;
        sess.flush();
        assertEquals(List.of("UPDATE orders SET user_id=? WHERE orders.id = ?", "DELETE FROM users WHERE users.id = ?"),
                sql.writeSql());
        assertEquals(List.of(row(null, o1.id), row(null, o2.id)), params(sql.writes().get(0)));
        assertEquals(List.of(row(u1.id)), params(sql.writes().get(1)));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_many_to_one_del_attr
    @Test
    void manyToOneDelAttr() {
        Session sess = session();
        User u1 = new User("u1");
        Order o1 = new Order("a1");
        Order o2 = new Order("a2");
        o1.user = u1;
        o2.user = u1;
        sess.addAll(List.of(o1, o2));
        sess.flush();
        sql.clear();
        o1.user = null;
        sess.flush();
        assertEquals(List.of("UPDATE orders SET user_id=? WHERE orders.id = ?"), sql.writeSql());
        assertEquals(List.of(row(null, o1.id)), params(sql.writes().get(0)));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_many_to_one_del_attr_unloaded
    @Test
    void manyToOneDelAttrUnloaded() {
        Session s0 = session();
        User u1 = new User("u1");
        Order o1 = new Order("a1");
        o1.user = u1;
        s0.add(o1);
        s0.commit();
        Session sess = session();
        Order lo1 = sess.get(Order.class, o1.id);
        sql.clear();
        lo1.user = null;
        sess.flush();
        assertEquals(List.of("UPDATE orders SET user_id=? WHERE orders.id = ?"), sql.writeSql());
        assertEquals(List.of(row(null, o1.id)), params(sql.writes().get(0)));
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_natural_ordering
    @Test
    void naturalOrdering() {
        Session sess = session();
        User u1 = new User(10L, "u1");
        Address a1 = new Address("a1");
        a1.id = 1L;
        a1.user = u1;
        sess.add(a1);
        sess.flush();
        assertEquals(List.of("INSERT INTO users (id, name, pref_id) VALUES (?, ?, ?)",
                "INSERT INTO addresses (id, user_id, email_address) VALUES (?, ?, ?)"), sql.writeSql());
        assertEquals(List.of(row(10L, "u1", null)), params(sql.writes().get(0)));
        assertEquals(List.of(row(1L, 10L, "a1")), params(sql.writes().get(1)));
        sql.clear();
        sess.delete(u1);
        sess.delete(a1);
        sess.flush();
        assertEquals(List.of("DELETE FROM addresses WHERE addresses.id = ?", "DELETE FROM users WHERE users.id = ?"),
                sql.writeSql());
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_many_to_many
    @Test
    void manyToMany() {
        Session sess = session();
        Keyword k1 = new Keyword("k1");
        Item i1 = new Item("i1");
        i1.keywords.add(k1);
        sess.add(i1);
        sess.flush();
        List<String> w = sql.writeSql();
        assertEquals(List.of("INSERT INTO items (description) VALUES (?)", "INSERT INTO keywords (name) VALUES (?)"),
                w.subList(0, 2));
        assertEquals(1, w.size() - 2);
        assertEquals(true, w.get(2).startsWith("INSERT INTO item_keywords ("), w.get(2));
        sql.clear();
        i1.description = "i2";
        sess.flush();
        assertEquals(List.of("UPDATE items SET description=? WHERE items.id = ?"), sql.writeSql());
        assertEquals(List.of(row("i2", i1.id)), params(sql.writes().get(0)));
        assertEquals(0L, sql.count("SELECT"), "the keywords collection is not loaded");
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_m2o_flush_size (one pending user: one INSERT)
    @Test
    void manyToOneFlushSize() {
        Session sess = session();
        sess.add(new User("ed"));
        sess.flush();
        assertEquals(List.of(INSERT_USER), sql.writeSql());
    }

    // test_unitofworkv2.py::RudimentaryFlushTest::test_o2m_flush_size
    @Test
    void oneToManyFlushSize() {
        Session sess = noAutoflushSession();
        User u1 = new User("ed");
        sess.add(u1);
        sess.flush();
        sql.clear();
        u1.name = "jack";
        sess.flush();
        assertEquals(List.of("UPDATE users SET name=? WHERE users.id = ?"), sql.writeSql());
        sql.clear();
        Address a1 = new Address("foo");
        u1.addresses.add(a1);
        sess.flush();
        assertEquals(List.of(INSERT_ADDRESS), sql.writeSql());
        assertEquals(List.of(row(u1.id, "foo")), params(sql.writes().get(0)));
    }

    // test_unitofworkv2.py::SingleCycleTest::test_one_to_many_save (parents first, level by level)
    @Test
    void insertsLevelByLevel() {
        Session sess = session();
        User u1 = new User("u1");
        Order o1 = new Order("o1");
        u1.orders.add(o1);
        Item i1 = new Item("i1");
        o1.items.add(i1);
        sess.add(u1);
        sess.flush();
        List<String> w = sql.writeSql();
        assertEquals(INSERT_USER, w.get(0));
        assertEquals(List.of(row(u1.id, null, "o1", null)), params(sql.writes().stream()
                .filter(s -> s.sql().equals(INSERT_ORDER)).findFirst().orElseThrow()));
        sess.commit();
        assertEquals(List.of(u1.id), longs(scalars(select(Order_.userId))));
    }
}
