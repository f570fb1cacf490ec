package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.UnmappedInstanceException;
import dev.retort.orm.Session;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Cases ported from SQLAlchemy's {@code test/orm/test_session.py}. */
abstract class SessionComplianceSuite extends ComplianceFixture {

    // test_session.py::SessionStateTest::test_autoflush (@testing.requires.independent_connections)
    @Test
    void autoflush() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                database() == dev.retort.it.support.Database.H2 || database() == dev.retort.it.support.Database.POSTGRESQL,
                "needs independent connections (SQLAlchemy: requires.independent_connections): Derby and SQLite's "
                + "shared in-memory cache lock the row another connection reads");
        Session sess = session();
        User u = new User("ed");
        sess.add(u);
        User u2 = sess.query(User.class).filterBy("name", "ed").one();
        assertSame(u, u2);
        assertEquals(1, sess.connection().execute(dev.retort.Retort.text("select count(1) from users")).scalars()
                .stream().mapToLong(v -> ((Number) v).longValue()).sum());
        assertEquals(0L, count("users"), "another connection does not see it before the commit");
        sess.commit();
        assertEquals(1L, count("users"));
    }

    // test_session.py::SessionStateTest::test_with_no_autoflush
    @Test
    void withNoAutoflush() {
        Session sess = session();
        User u = new User("ed");
        sess.add(u);
        sess.setAutoflush(false);
        assertFalse(sess.query(User.class).all().contains(u));
        sess.setAutoflush(true);
        assertTrue(sess.newObjects().contains(u));
        assertTrue(sess.query(User.class).all().contains(u));
        assertFalse(sess.newObjects().contains(u));
    }

    // test_session.py::SessionStateTest::test_deleted_flag (up to make_transient, which Retort has not)
    @Test
    void deletedFlag() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        sess.delete(u1);
        sess.flush();
        assertFalse(sess.contains(u1));
        assertThrows(InvalidRequestException.class, () -> sess.add(u1));
        assertTrue(sess.inTransaction());
        sess.rollback();
        assertTrue(sess.contains(u1));
        sess.delete(u1);
        sess.commit();
        assertFalse(sess.contains(u1));
        assertThrows(InvalidRequestException.class, () -> sess.add(u1));
        assertEquals(0L, count("users"));
    }

    // test_session.py::SessionStateTest::test_add_delete (without the second session's "already attached")
    @Test
    void addDelete() {
        Session s = session();
        User user = new User("u1");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> s.delete(user));
        assertTrue(e.getMessage().contains("not persisted"), e.getMessage());
        s.add(user);
        s.commit();
        User loaded = s.query(User.class).one();
        s.expunge(loaded);
        assertFalse(s.contains(loaded));
        loaded.name = "fred";
        s.add(loaded);
        assertTrue(s.contains(loaded));
        assertTrue(s.dirtyObjects().contains(loaded));
        s.commit();
        assertEquals(1, s.query(User.class).count());
        User again = s.query(User.class).one();
        assertEquals("fred", again.name);
        s.expungeAll();
        assertFalse(s.contains(again));
        s.add(again);
        assertTrue(s.contains(again));
        assertFalse(s.dirtyObjects().contains(again));
        s.expunge(again);
        assertFalse(s.contains(again));
        s.add(again);
        s.delete(again);
        assertTrue(s.contains(again));
        s.flush();
        assertFalse(s.contains(again));
        assertEquals(0, s.query(User.class).count());
    }

    // test_session.py::SessionStateTest::test_already_attached
    @Test
    @Disabled("an object persistent in one session and added to another: Retort keeps no back-pointer from the "
            + "object to its session, so the second session cannot tell (docs/deviations.md)")
    void alreadyAttached() {
        Session s1 = session();
        Session s2 = session();
        User u1 = new User("u1");
        s1.add(u1);
        s1.flush();
        assertThrows(InvalidRequestException.class, () -> s2.add(u1));
    }

    // test_session.py::SessionStateTest::test_deleted_auto_expunged
    @Test
    void deletedAutoExpunged() {
        Session sess = session();
        sess.add(new User("x"));
        sess.commit();
        User u1 = sess.query(User.class).first();
        sess.delete(u1);
        assertTrue(sess.contains(u1));
        sess.flush();
        assertFalse(sess.contains(u1));
        sess.commit();
        assertFalse(sess.contains(u1));
        assertEquals(0L, count("users"));
    }

    // test_session.py::SessionStateTest::test_explicit_expunge_pending
    @Test
    void explicitExpungePending() {
        Session sess = session();
        User u1 = new User("x");
        sess.add(u1);
        sess.flush();
        sess.expunge(u1);
        assertFalse(sess.contains(u1));
        sess.rollback();
        assertFalse(sess.contains(u1));
        assertEquals(0L, count("users"));
    }

    // test_session.py::SessionStateTest::test_explicit_expunge_deleted
    @Test
    void explicitExpungeDeleted() {
        Session sess = session();
        sess.add(new User("x"));
        sess.commit();
        User u1 = sess.query(User.class).first();
        sess.delete(u1);
        sess.flush();
        assertFalse(sess.contains(u1));
        sess.expunge(u1);
        assertFalse(sess.contains(u1));
        sess.rollback();
        assertFalse(sess.contains(u1));
        assertEquals(1L, count("users"), "the row is back, the object not");
    }

    // test_session.py::SessionStateTest::test_identity_map_mutate (iterating while objects are collected)
    @Test
    void identityMapMutate() {
        Session sess = session();
        sess.addAll(List.of(new User("u1"), new User("u2"), new User("u3")));
        sess.commit();
        List<User> all = sess.query(User.class).orderBy(User_.id).all();
        assertEquals(3, all.size());
        all = null;
        System.gc();
        assertEquals(List.of("u1", "u2", "u3"), sess.query(User.class).orderBy(User_.id).all().stream()
                .map(u -> u.name).toList());
    }

    // test_session.py::TransScopingTest::test_autobegin_execute
    @Test
    void autobeginExecute() {
        Session s = session();
        assertFalse(s.inTransaction());
        s.execute(select(dev.retort.Retort.literal(1)));
        assertTrue(s.inTransaction());
        s.commit();
        assertFalse(s.inTransaction());
        s.execute(select(dev.retort.Retort.literal(1)));
        assertTrue(s.inTransaction());
        s.rollback();
        assertFalse(s.inTransaction());
    }

    // test_session.py::TransScopingTest::test_autobegin_flush
    @Test
    void autobeginFlush() {
        Session s = session();
        assertFalse(s.inTransaction());
        s.flush();
        assertFalse(s.inTransaction(), "an empty flush begins nothing");
        s.add(new User(1, "name"));
        s.flush();
        assertTrue(s.inTransaction());
        s.commit();
        assertFalse(s.inTransaction());
        assertEquals(List.of(1L), longs(scalars(select(User_.id))));
    }

    // test_session.py::SessionUtilTest::test_get
    @Test
    void get() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 7);
        assertEquals("jack", u.name);
        assertSame(u, s.get(User.class, 7L));
        assertNull(s.get(User.class, 12));
    }

    // test_session.py::SessionUtilTest::test_delete_all (Retort has no delete_all: one delete per object)
    @Test
    void deleteAll() {
        Session sess = session();
        sess.addAll(List.of(new User(1, "u1"), new User(2, "u2")));
        sess.commit();
        sess.close();
        Session s2 = session();
        List<User> users = s2.query(User.class).orderBy(User_.id).all();
        User ua = users.get(0);
        User ub = users.get(1);
        assertEquals(List.of(true, true), List.of(s2.contains(ua), s2.contains(ub)));
        s2.delete(ua);
        s2.delete(ub);
        s2.flush();
        assertEquals(List.of(false, false), List.of(s2.contains(ua), s2.contains(ub)));
        assertEquals(List.of(), s2.query(User.class).all());
    }

    // test_session.py::SessionStateWFixtureTest::test_autoflush_rollback
    @Test
    void autoflushRollback() {
        fixtures();
        Session sess = session();
        Address a = sess.query(Address.class).filterBy("id", 1L).one();
        a.emailAddress = "foo";
        sess.query(Address.class).all(); // autoflush
        sess.rollback();
        assertEquals("jack@bean.com", a.emailAddress, "the rolled-back change is gone from the object too");
        assertEquals(List.of("jack@bean.com"), scalars(select(Address_.emailAddress).where(Address_.id.eq(1L))));
    }

    // test_session.py::SessionStateWFixtureTest::test_expunge_cascade
    @Test
    void expungeCascade() {
        fixtures();
        Session sess = session();
        User u = sess.query(User.class).filterBy("id", 8L).one();
        assertEquals(3, u.addresses.size());
        List<Address> addresses = List.copyOf(u.addresses);
        sess.expunge(u);
        for (Address a : addresses) {
            assertFalse(sess.contains(a), "expunge cascades along addresses (cascade all)");
        }
        assertFalse(sess.contains(u));
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_transient
    @Test
    void transientState() {
        Session sess = session();
        User u1 = new User("u1");
        assertFalse(sess.contains(u1));
        assertFalse(sess.newObjects().contains(u1));
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_transient_to_pending
    @Test
    void transientToPending() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        assertTrue(sess.contains(u1));
        assertEquals(Set.of(u1), sess.newObjects());
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_dirty_persistent_to_detached_via_expunge
    @Test
    void dirtyPersistentToDetachedViaExpunge() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        u1.name = "u2";
        sess.expunge(u1);
        assertFalse(sess.contains(u1));
        sess.commit();
        assertEquals(List.of("u1"), scalars(select(User_.name)), "the change left with the object");
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_dirty_persistent_to_detached_via_close
    @Test
    void dirtyPersistentToDetachedViaClose() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        u1.name = "u2";
        sess.close();
        assertEquals(List.of("u1"), scalars(select(User_.name)), "close rolled back nothing written");
        Session s2 = session();
        s2.add(u1);
        assertTrue(s2.dirtyObjects().contains(u1), "detached, with its change");
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_detached_to_dirty_deleted
    @Test
    void detachedToDirtyDeleted() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        sess.close();
        Session s2 = session();
        u1.name = "u2";
        s2.delete(u1);
        assertTrue(s2.deletedObjects().contains(u1));
        s2.commit();
        assertEquals(0L, count("users"));
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_detached_to_dirty_persistent
    @Test
    void detachedToDirtyPersistent() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        sess.close();
        u1.name = "u2";
        Session s2 = session();
        s2.add(u1);
        assertTrue(s2.dirtyObjects().contains(u1));
        assertFalse(s2.newObjects().contains(u1));
        s2.commit();
        assertEquals(List.of("UPDATE users SET name=? WHERE users.id = ?"), sql.writeSql().subList(1, 2));
        assertEquals(List.of("u2"), scalars(select(User_.name)));
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_detached_to_clean_persistent
    @Test
    void detachedToCleanPersistent() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        sess.close();
        Session s2 = session();
        s2.add(u1);
        assertFalse(s2.dirtyObjects().contains(u1));
        sql.clear();
        s2.commit();
        assertEquals(List.of(), sql.writeSql());
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_move_persistent_clean
    @Test
    void movePersistentClean() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        sess.close();
        Session s2 = session();
        s2.add(u1);
        assertTrue(s2.contains(u1));
        assertTrue(s2.dirtyObjects().isEmpty());
    }

    // test_session.py::NoCyclesOnTransientDetachedTest::test_persistent_dirty_to_expired
    @Test
    void persistentDirtyToExpired() {
        Session sess = session();
        User u1 = new User("u1");
        sess.add(u1);
        sess.commit();
        u1.name = "u2";
        sess.expire(u1);
        assertEquals("u1", u1.name, "expire discards the change");
        assertFalse(sess.isModified(u1));
    }

    // test_session.py::IsModifiedTest::test_is_modified
    @Test
    void isModified() {
        fixtures();
        Session s = session();
        User user = s.get(User.class, 8);
        assertFalse(s.isModified(user));
        user.name = "fred";
        assertTrue(s.isModified(user));
        user.name = "ed";
        assertFalse(s.isModified(user), "set back to the loaded value: unmodified");
        Address a = new Address("x@y");
        user.addresses.add(a);
        assertTrue(s.isModified(user), "a collection change modifies the owner");
    }

    // test_session.py::SessionInterface::test_unmapped_instance
    @Test
    void unmappedInstance() {
        Session s = session();
        Object notMapped = new Object();
        assertThrows(UnmappedInstanceException.class, () -> s.add(notMapped));
        assertThrows(UnmappedInstanceException.class, () -> s.delete(notMapped));
        assertThrows(UnmappedInstanceException.class, () -> s.merge(notMapped));
        assertThrows(UnmappedInstanceException.class, () -> s.expunge(notMapped));
        assertThrows(UnmappedInstanceException.class, () -> s.refresh(notMapped));
    }

    // test_session.py::SessionInterface::test_unmapped_primitives
    @Test
    void unmappedPrimitives() {
        Session s = session();
        assertThrows(UnmappedInstanceException.class, () -> s.add("a string"));
        assertThrows(UnmappedInstanceException.class, () -> s.add(42));
    }

    // test_session.py::SessionUtilTest::test_get_one
    @Test
    void getOne() {
        fixtures();
        Session s = session();
        assertEquals("jack", s.query(User.class).filterBy("id", 7L).one().name);
        assertThrows(dev.retort.exc.NoResultFoundException.class,
                () -> s.query(User.class).filterBy("id", 12L).one());
        assertNotNull(s.get(User.class, 10));
    }
}
