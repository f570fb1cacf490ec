package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from SQLAlchemy's {@code test/orm/test_transaction.py}. Where SQLAlchemy reads an
 * expired attribute (which reloads it), Retort's documented equivalent is a {@code get} or query
 * that returns the object: the case does that, then asserts the same value.
 */
abstract class TransactionComplianceSuite extends ComplianceFixture {

    // test_transaction.py::FixtureDataTest::test_attrs_on_rollback
    @Test
    void attrsOnRollback() {
        fixtures();
        Session sess = session();
        User u1 = sess.get(User.class, 7);
        u1.name = "ed";
        sess.rollback();
        assertEquals("jack", u1.name);
    }

    // test_transaction.py::FixtureDataTest::test_commit_persistent
    @Test
    void commitPersistent() {
        fixtures();
        Session sess = session();
        User u1 = sess.get(User.class, 7);
        u1.name = "ed";
        sess.flush();
        sess.commit();
        assertEquals("ed", u1.name);
        assertEquals(List.of("ed"), scalars(select(User_.name).where(User_.id.eq(7L))));
    }

    // test_transaction.py::FixtureDataTest::test_concurrent_commit_persistent
    @Test
    void concurrentCommitPersistent() {
        fixtures();
        Session s1 = session();
        User u1 = s1.get(User.class, 7);
        u1.name = "ed";
        s1.commit();
        Session s2 = session();
        User u2 = s2.get(User.class, 7);
        assertEquals("ed", u2.name);
        u2.name = "will";
        s2.commit();
        assertSame(u1, s1.get(User.class, 7)); // SQLAlchemy: reading u1.name reloads the expired object
        assertEquals("will", u1.name);
    }

    // test_transaction.py::AutoExpireTest::test_expunge_pending_on_rollback
    @Test
    void expungePendingOnRollback() {
        Session sess = session();
        User u2 = new User("newuser");
        sess.add(u2);
        assertTrue(sess.contains(u2));
        sess.rollback();
        assertFalse(sess.contains(u2));
    }

    // test_transaction.py::AutoExpireTest::test_trans_pending_cleared_on_commit
    @Test
    void transPendingClearedOnCommit() {
        Session sess = session();
        User u2 = new User("newuser");
        sess.add(u2);
        assertTrue(sess.contains(u2));
        sess.commit();
        assertTrue(sess.contains(u2));
        User u3 = new User("anotheruser");
        sess.add(u3);
        sess.rollback();
        assertFalse(sess.contains(u3));
        assertTrue(sess.contains(u2));
    }

    // test_transaction.py::AutoExpireTest::test_update_deleted_on_rollback
    @Test
    void updateDeletedOnRollback() {
        Session s = session();
        User u1 = new User("ed");
        s.add(u1);
        s.commit();
        s.delete(u1);
        assertTrue(s.deletedObjects().contains(u1));
        s.rollback();
        assertTrue(s.contains(u1));
        assertFalse(s.deletedObjects().contains(u1));
    }

    // test_transaction.py::AutoExpireTest::test_trans_deleted_cleared_on_rollback
    @Test
    void transDeletedClearedOnRollback() {
        Session s = session();
        User u1 = new User("ed");
        s.add(u1);
        s.commit();
        s.delete(u1);
        s.commit();
        assertFalse(s.contains(u1));
        s.rollback();
        assertFalse(s.contains(u1));
    }

    // test_transaction.py::AutoExpireTest::test_update_deleted_on_rollback_cascade
    @Test
    void updateDeletedOnRollbackCascade() {
        Session s = session();
        User u1 = new User("ed");
        u1.addresses.add(new Address("foo"));
        s.add(u1);
        s.commit();
        s.delete(u1);
        assertTrue(s.deletedObjects().contains(u1));
        assertTrue(s.deletedObjects().contains(u1.addresses.get(0)));
        s.rollback();
        assertTrue(s.contains(u1));
        assertFalse(s.deletedObjects().contains(u1));
        assertFalse(s.deletedObjects().contains(u1.addresses.get(0)));
    }

    // test_transaction.py::AutoExpireTest::test_update_deleted_on_rollback_orphan
    @Test
    void updateDeletedOnRollbackOrphan() {
        Session s = session();
        User u1 = new User("ed");
        u1.addresses.add(new Address("foo"));
        s.add(u1);
        s.commit();
        Address a1 = u1.addresses.get(0);
        u1.addresses.remove(a1);
        s.flush();
        assertEquals(List.of(), s.query(Address.class).filter(Address_.emailAddress.eq("foo")).all());
        s.rollback();
        assertFalse(s.deletedObjects().contains(a1));
        assertEquals(List.of(a1), u1.addresses);
    }

    // test_transaction.py::AutoExpireTest::test_commit_pending
    @Test
    void commitPending() {
        Session sess = session();
        User u1 = new User("newuser");
        sess.add(u1);
        sess.flush();
        sess.commit();
        assertEquals("newuser", u1.name);
    }

    // test_transaction.py::AutoExpireTest::test_concurrent_commit_pending
    @Test
    void concurrentCommitPending() {
        Session s1 = session();
        User u1 = new User("edward");
        s1.add(u1);
        s1.commit();
        Session s2 = session();
        User u2 = s2.query(User.class).filter(User_.name.eq("edward")).one();
        u2.name = "will";
        s2.commit();
        s1.query(User.class).all(); // SQLAlchemy: reading u1.name reloads the expired object
        assertEquals("will", u1.name);
    }

    // test_transaction.py::AccountingFlagsTest::test_no_expire_on_commit
    @Test
    void noExpireOnCommit() {
        Session sess = session(false);
        User u1 = new User("ed");
        sess.add(u1);
        sess.commit();
        sess.execute(User_.TABLE.update().where(User_.name.eq("ed")).values(Map.of("name", "edward")));
        sess.query(User.class).all();
        assertEquals("ed", u1.name, "not expired: a query does not overwrite it");
        sess.expireAll();
        assertEquals("edward", u1.name);
    }

    // test_transaction.py::SessionTransactionTest::test_no_sql_during_commit
    @Test
    void noSqlDuringCommit() {
        fixtures();
        Session sess = session();
        User u1 = sess.get(User.class, 7);
        sess.flush();
        sql.clear();
        sess.commit();
        assertEquals(List.of(), sql.sql(), "a commit with nothing to flush sends no statement");
        assertEquals("jack", u1.name);
    }

    // test_transaction.py::SessionTransactionTest::test_no_sql_during_rollback
    @Test
    void noSqlDuringRollback() {
        Session sess = session();
        sess.add(new User("u1"));
        sess.commit();
        sess.close();
        Session s2 = session();
        s2.query(User.class).all();
        sql.clear();
        s2.close();
        assertEquals(List.of(), sql.sql());
    }

    // test_transaction.py::SessionTransactionTest::test_no_autobegin_after_explicit_commit
    @Test
    void autobeginAfterCommit() {
        Session sess = session();
        sess.add(new User("u1"));
        sess.commit();
        assertFalse(sess.inTransaction());
        sess.query(User.class).all();
        assertTrue(sess.inTransaction(), "the next statement begins a new transaction");
    }

    // test_transaction.py::ContextManagerPlusFutureTest::test_rollback_is_global
    @Test
    void rollbackIsGlobal() {
        Session sess = session();
        sess.add(new User("u1"));
        sess.flush();
        sess.rollback();
        assertEquals(0L, count("users"));
        assertFalse(sess.inTransaction());
    }
}
