package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.ObjectDeletedException;
import dev.retort.orm.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from SQLAlchemy's {@code test/orm/test_expire.py}. SQLAlchemy's {@code expire_all}
 * marks objects to reload on the next read; in Retort a commit does that (expire_on_commit),
 * while {@code expire}/{@code expireAll} reload at once (docs/deviations.md). Cases that use
 * {@code expire_all} as "mark expired" use a commit.
 */
abstract class ExpireComplianceSuite extends ComplianceFixture {

    // test_expire.py::ExpireTest::test_expire
    @Test
    void expire() {
        fixtures();
        Session sess = noAutoflushSession();
        User u = sess.get(User.class, 7);
        assertEquals(1, u.addresses.size());
        u.name = "foo";
        u.addresses.remove(0);
        sess.expire(u);
        assertEquals("jack", u.name);
        assertEquals(1, u.addresses.size(), "the collection is reset too");
        u.name = "foo";
        sess.flush();
        sess.execute(User_.TABLE.update().values(Map.of("name", "jack")).where(User_.id.eq(7L)));
        sess.expire(u);
        sess.query(User.class).all();
        assertEquals("jack", u.name);
    }

    // test_expire.py::ExpireTest::test_persistence_check
    @Test
    void persistenceCheck() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 7);
        s.expungeAll();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> s.expire(u));
        assertTrue(e.getMessage().contains("not persistent"), e.getMessage());
    }

    // test_expire.py::ExpireTest::test_get_refreshes
    @Test
    void getRefreshes() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 10);
        s.commit(); // expires everything
        sql.clear();
        s.get(User.class, 10);
        assertEquals(1, sql.sql().size(), "get() refreshes");
        assertEquals("chuck", u.name);
        sql.clear();
        s.get(User.class, 10);
        assertEquals(List.of(), sql.sql(), "expire flag reset, so not expired");
    }

    // test_expire.py::ExpireTest::test_get_on_deleted_expunges
    @Test
    void getOnDeletedExpunges() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 10);
        s.commit(); // expires everything
        s.execute(User_.TABLE.delete().where(User_.id.eq(10L)));
        assertTrue(s.contains(u));
        assertNull(s.get(User.class, 10));
        assertFalse(s.contains(u), "and expunges");
    }

    // test_expire.py::ExpireTest::test_refresh_on_deleted_raises
    @Test
    void refreshOnDeletedRaises() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 10);
        s.commit();
        s.execute(User_.TABLE.delete().where(User_.id.eq(10L)));
        ObjectDeletedException e = assertThrows(ObjectDeletedException.class, () -> s.refresh(u));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }

    // test_expire.py::ExpireTest::test_rollback_undoes_expunge_from_deleted
    @Test
    @Disabled("Retort does not re-attach, at rollback, an object a get() expunged because its row was gone in the "
            + "rolled-back transaction (docs/deviations.md)")
    void rollbackUndoesExpungeFromDeleted() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 10);
        s.commit();
        s.execute(User_.TABLE.delete().where(User_.id.eq(10L)));
        assertNull(s.get(User.class, 10));
        assertFalse(s.contains(u));
        s.rollback();
        assertTrue(s.contains(u));
        assertEquals("chuck", u.name);
    }

    // test_expire.py::ExpireTest::test_refresh_cancels_expire
    @Test
    void refreshCancelsExpire() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 7);
        s.commit();
        s.refresh(u);
        sql.clear();
        assertSame(u, s.get(User.class, 7));
        assertEquals("jack", u.name);
        assertEquals(List.of(), sql.sql());
    }

    // test_expire.py::ExpireTest::test_expire_doesntload_on_set
    @Test
    void expireDoesntLoadOnSet() {
        fixtures();
        Session sess = noAutoflushSession();
        User u = sess.get(User.class, 7);
        sess.commit(); // expired
        sql.clear();
        u.name = "somenewname";
        assertEquals(List.of(), sql.sql());
        sess.flush();
        sess.expungeAll();
        assertEquals("somenewname", sess.get(User.class, 7).name);
    }

    // test_expire.py::ExpireTest::test_expire_committed
    @Test
    void expireCommitted() {
        fixtures();
        Session sess = noAutoflushSession();
        Order o = sess.get(Order.class, 3);
        sess.commit();
        sess.execute(Order_.TABLE.update().values(Map.of("description", "order 3 modified")));
        assertEquals(1, o.isopen);
        sql.clear();
        sess.flush();
        assertEquals(List.of(), sql.sql());
        sess.get(Order.class, 3);
        assertEquals("order 3 modified", o.description, "the committed state receives the most recent data");
    }

    // test_expire.py::ExpireTest::test_expire_preserves_changes
    @Test
    void expirePreservesChanges() {
        fixtures();
        Session sess = noAutoflushSession();
        Order o = sess.get(Order.class, 3);
        sess.commit(); // expired
        o.description = "order 3 modified";
        sess.execute(Order_.TABLE.update().where(Order_.id.eq(3L)).values(Map.of("isopen", 0)));
        sess.query(Order.class).all();
        assertEquals(0, o.isopen, "reloaded from the row");
        assertEquals("order 3 modified", o.description, "the change made after expiry is kept");
        sess.commit();
        assertEquals(List.of("order 3 modified"), scalars(select(Order_.description).where(Order_.id.eq(3L))));
    }

    // test_expire.py::ExpireTest::test_expire_cascade (refresh follows cascade=refresh)
    @Test
    void refreshCascade() {
        fixtures();
        Session s = session();
        User u = s.get(User.class, 8);
        assertEquals(3, u.addresses.size());
        u.addresses.get(0).emailAddress = "changed";
        s.refresh(u);
        assertEquals("ed@wood.com", s.get(Address.class, 2).emailAddress);
    }

    // test_expire.py::ExpireTest::test_relationships_load_on_query
    @Test
    void relationshipsLoadOnQuery() {
        fixtures();
        Session sess = session();
        User u = sess.get(User.class, 8);
        assertEquals(3, u.addresses.size());
        sess.commit(); // expired
        sess.execute(Address_.TABLE.delete().where(Address_.id.eq(3L)));
        sess.query(User.class).filterBy("id", 8L).one();
        assertEquals(List.of("ed@wood.com", "ed@lala.com"), u.addresses.stream().map(a -> a.emailAddress)
                .toList(), "the collection loads afresh");
    }
}
