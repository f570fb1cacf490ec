package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from SQLAlchemy's {@code test/orm/test_backref_mutations.py}. SQLAlchemy updates
 * the other side of a relationship at the moment of the change; Retort at the flush
 * (docs/deviations.md). Cases whose assertions follow a change without a commit flush first,
 * then assert the same values; cases on transient objects only (no flush at all) are disabled.
 */
abstract class BackrefComplianceSuite extends ComplianceFixture {

    // test_backref_mutations.py::O2MCollectionTest::test_collection_move_hitslazy
    @Test
    void collectionMoveHitsLazy() {
        Session sess = session();
        Address a1 = new Address("address1");
        Address a2 = new Address("address2");
        Address a3 = new Address("address3");
        User u1 = new User("jack");
        u1.addresses.addAll(List.of(a1, a2, a3));
        User u2 = new User("ed");
        sess.addAll(List.of(u1, a1, a2, a3));
        sess.commit();
        sql.clear();
        u2.addresses.add(a1);
        u2.addresses.add(a2);
        u2.addresses.add(a3);
        assertEquals(List.of(), sql.sql(), "appending loads nothing");
    }

    private User[] jackAndEdWith(Address a1, boolean viaCollection) {
        Session sess = session();
        User u1 = new User("jack");
        User u2 = new User("ed");
        if (viaCollection) {
            u1.addresses.add(a1);
        } else {
            a1.user = u1;
        }
        sess.addAll(List.of(u1, u2, a1));
        sess.commit();
        return new User[] {u1, u2};
    }

    private Session last() {
        return session();
    }

    // test_backref_mutations.py::O2MCollectionTest::test_collection_move_preloaded (asserted at the flush)
    @Test
    void collectionMovePreloaded() {
        Address a1 = new Address("address1");
        Session sess = session();
        User u1 = new User("jack");
        u1.addresses.add(a1);
        User u2 = new User("ed");
        sess.addAll(List.of(u1, u2));
        sess.commit();
        assertEquals(1, u1.addresses.size());
        u2.addresses.add(a1);
        sess.flush();
        assertSame(u2, a1.user);
        assertFalse(u1.addresses.contains(a1));
        assertTrue(u2.addresses.contains(a1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_collection_move_notloaded (asserted at the flush)
    @Test
    void collectionMoveNotLoaded() {
        Session sess = session();
        Address a1 = new Address("address1");
        User u1 = new User("jack");
        u1.addresses.add(a1);
        User u2 = new User("ed");
        sess.addAll(List.of(u1, u2));
        sess.commit();
        sess.expungeAll();
        User l1 = sess.get(User.class, u1.id);
        User l2 = sess.get(User.class, u2.id);
        Address la1 = sess.get(Address.class, a1.id);
        l2.addresses.add(la1);
        sess.flush();
        assertSame(l2, la1.user);
        assertFalse(l1.addresses.contains(la1));
        assertTrue(l2.addresses.contains(la1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_collection_move_commitfirst
    @Test
    void collectionMoveCommitFirst() {
        Session sess = session();
        Address a1 = new Address("address1");
        User u1 = new User("jack");
        u1.addresses.add(a1);
        User u2 = new User("ed");
        sess.addAll(List.of(u1, u2));
        sess.commit();
        assertEquals(1, u1.addresses.size());
        u2.addresses.add(a1);
        sess.commit();
        assertSame(u2, a1.user);
        assertFalse(u1.addresses.contains(a1));
        assertTrue(u2.addresses.contains(a1));
        assertEquals(List.of(u2.id), longs(scalars(select(Address_.userId))));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_scalar_move_preloaded (asserted at the flush)
    @Test
    void scalarMovePreloaded() {
        Session sess = session();
        User u1 = new User("jack");
        User u2 = new User("ed");
        Address a1 = new Address("a1");
        a1.user = u1;
        sess.addAll(List.of(u1, u2, a1));
        sess.commit();
        sess.expungeAll();
        User l1 = sess.get(User.class, u1.id);
        User l2 = sess.get(User.class, u2.id);
        assertEquals(1, l1.addresses.size());
        Address la1 = l1.addresses.get(0);
        la1.user = l2;
        sess.flush();
        assertFalse(l1.addresses.contains(la1));
        assertTrue(l2.addresses.contains(la1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_plain_load_passive
    @Test
    void plainLoadPassive() {
        Session sess = session();
        User u1 = new User("jack");
        User u2 = new User("ed");
        Address a1 = new Address("a1");
        a1.user = u1;
        sess.addAll(List.of(u1, u2, a1));
        sess.commit();
        sql.clear();
        a1.user = u2;
        assertEquals(List.of(), sql.sql(), "a many-to-one set loads nothing");
        sess.flush();
        assertFalse(u1.addresses.contains(a1));
        assertTrue(u2.addresses.contains(a1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_set_none
    @Test
    void setNone() {
        Session sess = session();
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        a1.user = u1;
        sess.addAll(List.of(u1, a1));
        sess.commit();
        sql.clear();
        a1.user = null;
        assertEquals(List.of(), sql.sql());
        sess.flush();
        assertFalse(u1.addresses.contains(a1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_scalar_move_commitfirst
    @Test
    void scalarMoveCommitFirst() {
        Session sess = session();
        User u1 = new User("jack");
        User u2 = new User("ed");
        Address a1 = new Address("a1");
        a1.user = u1;
        sess.addAll(List.of(u1, u2, a1));
        sess.commit();
        assertEquals(1, u1.addresses.size());
        a1.user = u2;
        sess.commit();
        assertFalse(u1.addresses.contains(a1));
        assertTrue(u2.addresses.contains(a1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_collection_assignment_mutates_previous_one
    @Test
    @Disabled("transient objects only, no flush: without instrumentation nothing sees the assignment "
            + "(docs/deviations.md)")
    void collectionAssignmentMutatesPreviousOne() {
        User u1 = new User("jack");
        User u2 = new User("ed");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        assertSame(u1, a1.user);
        u2.addresses = new ArrayList<>(List.of(a1));
        assertEquals(List.of(), u1.addresses);
        assertSame(u2, a1.user);
    }

    // test_backref_mutations.py::O2MCollectionTest::test_collection_assignment_mutates_previous_two (at the flush)
    @Test
    void collectionAssignmentMutatesPreviousTwo() {
        Session sess = session();
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        sess.add(u1);
        sess.flush();
        assertSame(u1, a1.user);
        u1.addresses = new ArrayList<>();
        sess.flush();
        assertNull(a1.user);
    }

    // test_backref_mutations.py::O2MCollectionTest::test_del_from_collection (at the flush)
    @Test
    void delFromCollection() {
        Session sess = session();
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        sess.add(u1);
        sess.flush();
        assertSame(u1, a1.user);
        u1.addresses.remove(0);
        sess.flush();
        assertNull(a1.user);
    }

    // test_backref_mutations.py::O2MCollectionTest::test_del_from_scalar (at the flush)
    @Test
    void delFromScalar() {
        Session sess = session();
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        sess.add(u1);
        sess.flush();
        assertSame(u1, a1.user);
        a1.user = null;
        sess.flush();
        assertFalse(u1.addresses.contains(a1));
    }

    // test_backref_mutations.py::O2MCollectionTest::test_straight_remove (at the flush)
    @Test
    void straightRemove() {
        Session sess = session();
        User u1 = new User("u1");
        Address a1 = new Address("1");
        Address a2 = new Address("2");
        Address a3 = new Address("3");
        u1.addresses.addAll(List.of(a1, a2, a3));
        sess.add(u1);
        sess.flush();
        u1.addresses.remove(2);
        sess.flush();
        assertNull(a3.user);
        assertEquals(List.of(a1, a2), u1.addresses);
    }

    // test_backref_mutations.py::O2MCollectionTest::test_tuple_assignment_w_reverse (at the flush)
    @Test
    void tupleAssignmentWithReverse() {
        Session sess = session();
        User u1 = new User("u1");
        Address a1 = new Address("1");
        Address a2 = new Address("2");
        Address a3 = new Address("3");
        u1.addresses.addAll(List.of(a1, a2, a3));
        Address x = u1.addresses.get(1);
        u1.addresses.set(1, u1.addresses.get(2));
        u1.addresses.set(2, x);
        sess.add(u1);
        sess.flush();
        assertSame(u1, a3.user);
        assertEquals(List.of(a1, a3, a2), u1.addresses);
    }

    // test_backref_mutations.py::M2MCollectionMoveTest::test_bulk_replace (at the flush)
    @Test
    void manyToManyBulkReplace() {
        Session sess = session();
        Keyword k1 = new Keyword("k1");
        Keyword k2 = new Keyword("k2");
        Keyword k3 = new Keyword("k3");
        Order i1 = new Order("i1");
        Order i2 = new Order("i2");
        Item it1 = new Item("k1 item");
        Item it2 = new Item("k2 item");
        Item it3 = new Item("k3 item");
        i1.items.addAll(List.of(it1, it2));
        i2.items.add(it3);
        sess.addAll(List.of(i1, i2));
        sess.flush();
        i1.items = new ArrayList<>(List.of(it2, it3));
        sess.flush();
        assertTrue(it3.orders.contains(i1));
        assertTrue(it3.orders.contains(i2));
        assertFalse(it1.orders.contains(i1));
        assertEquals(3L, sess.execute(dev.retort.Retort.text("select count(*) from order_items")).scalars().stream()
                .mapToLong(v -> ((Number) v).longValue()).sum());
        assertEquals(List.of(k1, k2, k3).size(), 3);
    }

    // test_backref_mutations.py::M2MCollectionMoveTest::test_remove_add_pending_backref
    @Test
    void manyToManyRemoveAddIsNoNetChange() {
        Session session = noAutoflushSession();
        Item it = new Item("it");
        Order i1 = new Order("i1");
        i1.items.add(it);
        session.add(i1);
        session.commit();
        it.orders.remove(i1);
        it.orders.add(i1);
        sql.clear();
        session.flush();
        assertEquals(List.of(), sql.writeSql(), "not a net remove: nothing written");
        assertEquals(List.of(it), i1.items);
    }

    // test_backref_mutations.py::O2OScalarMoveTest::test_collection_move_commitfirst (many-to-one pref, one-to-one)
    @Test
    void scalarOneToOneMoveCommitFirst() {
        Session sess = session();
        User u1 = new User("jack");
        User u2 = new User("ed");
        Pref p = new Pref("p");
        u1.pref = p;
        sess.addAll(List.of(u1, u2));
        sess.commit();
        u1.pref = null;
        u2.pref = p;
        sess.commit();
        assertSame(p, u2.pref);
        assertNull(u1.pref);
        assertEquals(1L, count("prefs"), "moved, not orphaned: it has a new parent");
    }
}
