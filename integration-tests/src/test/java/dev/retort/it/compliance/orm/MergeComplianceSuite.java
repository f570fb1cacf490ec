package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.StaleDataException;
import dev.retort.orm.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from SQLAlchemy's {@code test/orm/test_merge.py} and the merge cases of
 * {@code test_versioning.py}. SQLAlchemy's load tracker counts loads; here the SELECTs sent count them.
 */
abstract class MergeComplianceSuite extends ComplianceFixture {

    private static User user(long id, String name) {
        return new User(id, name);
    }

    private static Address address(long id, String email) {
        Address a = new Address(email);
        a.id = id;
        return a;
    }

    // test_merge.py::MergeTest::test_transient_to_pending
    @Test
    void transientToPending() {
        Session sess = session();
        User u = user(7, "fred");
        User u2 = sess.merge(u);
        assertEquals(1L, sql.count("SELECT"), "one load by key");
        assertTrue(sess.contains(u2));
        assertEquals("fred", u2.name);
        assertEquals(7L, u2.id);
        sess.flush();
        sess.expungeAll();
        User first = sess.query(User.class).first();
        assertEquals(List.of(7L, "fred"), List.of(first.id, first.name));
    }

    // test_merge.py::MergeTest::test_transient_to_pending_no_pk
    @Test
    void transientToPendingNoPk() {
        Session sess = session();
        sess.merge(new User("fred"));
        assertEquals(List.of(), sql.sql(), "no key: no needless load");
    }

    // test_merge.py::MergeTest::test_transient_to_pending_collection
    @Test
    void transientToPendingCollection() {
        User u = user(7, "fred");
        u.addresses.add(address(1, "fred1"));
        u.addresses.add(address(2, "fred2"));
        Session sess = session();
        User merged = sess.merge(u);
        assertEquals(3L, sql.count("SELECT"), "the user and both addresses are looked up by key");
        assertNotSame(u, merged);
        sess.flush();
        sess.expungeAll();
        User one = sess.query(User.class).one();
        assertEquals(List.of("fred1", "fred2"), one.addresses.stream().map(a -> a.emailAddress).toList());
        assertEquals(List.of(1L, 2L), one.addresses.stream().map(a -> a.id).toList());
    }

    // test_merge.py::MergeTest::test_transient_to_persistent
    @Test
    void transientToPersistent() {
        Session sess = session();
        sess.add(user(7, "fred"));
        sess.flush();
        sess.expungeAll();
        sql.clear();
        User given = user(7, "fred jones");
        User u2 = sess.merge(given);
        assertNotSame(given, u2);
        // users loaded: SQLAlchemy counts loads of User; (the merged empty collections are compared with
        // the rows: a field always holds a collection, see docs/deviations.md)
        assertEquals(1L, sql.count("SELECT users."));
        sess.flush();
        sess.expungeAll();
        User first = sess.query(User.class).first();
        assertEquals("fred jones", first.name);
        assertEquals(2L, sql.count("SELECT users."));
    }

    // test_merge.py::MergeTest::test_one_to_many_cascade
    @Test
    void oneToManyCascade() {
        Session sess = session(false);
        User u = new User("fred");
        u.addresses.add(new Address("foo@bar"));
        u.addresses.add(new Address("foo@quux"));
        sess.add(u);
        sess.commit();

        Session sess2 = session();
        User u2 = sess2.get(User.class, u.id);
        u.addresses.get(1).emailAddress = "addr 2 modified";
        sess2.merge(u);
        assertEquals("addr 2 modified", u2.addresses.get(1).emailAddress);
        sess2.commit(); // (SQLite's shared in-memory cache locks the table until then)

        Session sess3 = session();
        User u3 = sess3.get(User.class, u.id);
        u.name = "also fred";
        sess3.merge(u);
        assertEquals("also fred", u3.name);
    }

    // test_merge.py::MergeTest::test_value_to_none
    @Test
    void valueToNone() {
        Session sess = session();
        User u = user(7, "fred");
        Address a = address(1, "foo@bar.com");
        u.addresses.add(a);
        sess.add(u);
        sess.commit();
        sess.close();
        Session s2 = session();
        Address a1 = address(1, "foo@bar.com");
        a1.user = null;
        Address a2 = s2.merge(a1);
        assertNull(a2.user);
    }

    // test_merge.py::MergeTest::test_cascades_dont_autoflush
    @Test
    void cascadesDontAutoflush() {
        Session sess = session();
        User user = user(8, "fred");
        user.addresses.add(new Address("user"));
        User merged = sess.merge(user);
        assertTrue(sess.newObjects().contains(merged));
        assertEquals(0L, sql.count("INSERT"));
        sess.flush();
        assertFalse(sess.newObjects().contains(merged));
        sess.commit();
        assertEquals(List.of(8L), longs(scalars(select(User_.id))));
    }

    // test_merge.py::MergeTest::test_cascades_dont_autoflush_2
    @Test
    void cascadesDontAutoflush2() {
        Session sess = session();
        User u = user(7, "fred");
        u.addresses.add(address(1, "fred1"));
        sess.add(u);
        sess.commit();
        sess.expungeAll();
        User again = user(7, "fred");
        again.addresses.add(address(1, "fred1"));
        again.addresses.add(address(2, "fred2"));
        sess.merge(again);
        assertTrue(sess.isAutoflush());
        sess.commit();
        assertEquals(List.of("fred1", "fred2"), scalars(select(Address_.emailAddress).orderBy(Address_.id)));
    }

    // test_merge.py::MergeTest::test_dont_expire_pending
    @Test
    void dontExpirePending() {
        Session sess = session();
        User u = sess.merge(user(7, null));
        sql.clear();
        assertNull(u.name);
        assertEquals(List.of(), sql.sql());
    }

    // test_merge.py::MergeTest::test_merge_all (a loop: Retort has no merge_all)
    @Test
    void mergeAll() {
        Session sess = session();
        sess.addAll(List.of(user(1, "u1"), user(2, "u2")));
        sess.commit();
        Session s2 = session();
        User ua = user(1, "u1 updated");
        User ub = user(2, "u2 updated");
        User ma = s2.merge(ua);
        User mb = s2.merge(ub);
        assertNotSame(ua, ma);
        assertNotSame(ub, mb);
        s2.commit();
        assertEquals(List.of("u1 updated", "u2 updated"), scalars(select(User_.name).orderBy(User_.id)));
    }

    // test_merge.py::MergeTest::test_detached_to_persistent_collection
    @Test
    void detachedToPersistentCollection() {
        Session sess = session();
        User u = user(7, "fred");
        u.addresses.add(address(1, "fred1"));
        u.addresses.add(address(2, "fred2"));
        sess.add(u);
        sess.flush();
        sess.expungeAll();
        u.name = "fred jones";
        u.addresses.add(address(3, "fred3"));
        u.addresses.remove(0);
        User u2 = sess.merge(u);
        sess.flush();
        sess.expungeAll();
        User one = sess.query(User.class).one();
        assertEquals("fred jones", one.name);
        assertEquals(List.of("fred2", "fred3"), one.addresses.stream().map(a -> a.emailAddress).toList());
        assertNotSame(u, u2);
    }

    // test_versioning.py::VersioningTest::test_merge_no_version
    @Test
    void mergeNoVersion() {
        Session s = session();
        Versioned f1 = new Versioned("f1");
        s.add(f1);
        s.commit();
        f1.value = "f2";
        s.commit();
        Versioned f2 = new Versioned("f3");
        f2.id = f1.id;
        Versioned merged = s.merge(f2);
        assertSame(f1, merged);
        s.commit();
        assertEquals(3, f1.versionId);
    }

    // test_versioning.py::VersioningTest::test_merge_correct_version
    @Test
    void mergeCorrectVersion() {
        Session s = session();
        Versioned f1 = new Versioned("f1");
        s.add(f1);
        s.commit();
        f1.value = "f2";
        s.commit();
        Versioned f2 = new Versioned("f3");
        f2.id = f1.id;
        f2.versionId = 2;
        Versioned merged = s.merge(f2);
        assertSame(f1, merged);
        s.commit();
        assertEquals(3, f1.versionId);
    }

    // test_versioning.py::VersioningTest::test_merge_incorrect_version
    @Test
    void mergeIncorrectVersion() {
        Session s = session();
        Versioned f1 = new Versioned("f1");
        s.add(f1);
        s.commit();
        f1.value = "f2";
        s.commit();
        Versioned f2 = new Versioned("f3");
        f2.id = f1.id;
        f2.versionId = 1;
        StaleDataException e = assertThrows(StaleDataException.class, () -> s.merge(f2));
        assertTrue(e.getMessage().contains("Version id '1' on merged state"), e.getMessage());
        assertTrue(e.getMessage().contains("does not match existing version '2'"), e.getMessage());
    }

    // test_versioning.py::VersioningTest::test_merge_incorrect_version_not_in_session
    @Test
    void mergeIncorrectVersionNotInSession() {
        Session s = session();
        Versioned f1 = new Versioned("f1");
        s.add(f1);
        s.commit();
        f1.value = "f2";
        s.commit();
        Versioned f2 = new Versioned("f3");
        f2.id = f1.id;
        f2.versionId = 1;
        s.close();
        Session s2 = session();
        StaleDataException e = assertThrows(StaleDataException.class, () -> s2.merge(f2));
        assertTrue(e.getMessage().contains("does not match existing version '2'"), e.getMessage());
    }
}
