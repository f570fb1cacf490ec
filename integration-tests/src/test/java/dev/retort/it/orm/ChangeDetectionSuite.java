package dev.retort.it.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.Session;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;

/**
 * How a flush decides what changed: nothing is sent when nothing changed, every way of changing
 * a loaded collection is seen, and which autoflushes look at what (a query: everything; a lazy
 * load or a {@code get} of a row not in the session: what the session tracks). Each test asserts
 * the statements sent and reads the outcome back on a separate connection.
 */
abstract class ChangeDetectionSuite extends OrmFixture {

    /** Two users (ed with two addresses, wendy with one), committed; returns their ids. */
    private long[] twoUsers() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "p");
        ed.addresses.add(new Address("ed@a.org"));
        ed.addresses.add(new Address("ed@b.org"));
        User wendy = new User("wendy", "Wendy W", "p");
        wendy.addresses.add(new Address("wendy@a.org"));
        session.add(ed);
        session.add(wendy);
        session.commit();
        session.expungeAll();
        recorder.clear();
        return new long[] {ed.id, wendy.id};
    }

    private List<Object> emails() {
        return scalars(select(Address_.emailAddress).orderBy(Address_.emailAddress));
    }

    @Test
    void aFlushWithNothingChangedSendsNothing() {
        twoUsers();
        Session session = session();
        List<User> users = session.query(User.class).orderBy(User_.id).all();
        for (User u : users) {
            for (Address a : u.addresses) { // loads every collection
                assertEquals(u, a.user);
            }
        }
        recorder.clear();
        session.flush();
        session.query(User.class).all(); // an autoflushing query
        assertEquals(1, recorder.sql().size(), "only the query's SELECT: " + recorder.sql());
        assertEquals(List.of(), List.copyOf(session.dirtyObjects()));
        assertFalse(session.isModified(users.get(0)));
    }

    @Test
    void everyWayOfChangingALoadedCollectionIsFlushed() {
        long[] ids = twoUsers();
        Session session = session();
        User ed = session.get(User.class, ids[0]);
        Iterator<Address> it = ed.addresses.iterator();
        it.next();
        it.remove(); // an orphan: deleted
        assertTrue(session.isModified(ed));
        session.commit();
        assertEquals(List.of("ed@b.org", "wendy@a.org"), emails());

        ListIterator<Address> li = ed.addresses.listIterator();
        li.next();
        li.set(new Address("ed@c.org")); // replaced: the new one inserted, the old one an orphan
        session.commit();
        assertEquals(List.of("ed@c.org", "wendy@a.org"), emails());

        ed.addresses.subList(0, 1).clear();
        session.commit();
        assertEquals(List.of("wendy@a.org"), emails());

        User wendy = session.get(User.class, ids[1]);
        wendy.addresses.removeIf(a -> a.emailAddress.startsWith("wendy"));
        session.commit();
        assertEquals(List.of(), emails());
    }

    @Test
    void aCollectionChangedAndChangedBackIsClean() {
        long[] ids = twoUsers();
        Session session = session();
        User ed = session.get(User.class, ids[0]);
        Address first = ed.addresses.remove(0);
        assertTrue(session.isModified(ed));
        ed.addresses.add(0, first);
        assertFalse(session.isModified(ed), "the same members as loaded");
        recorder.clear();
        session.flush();
        assertEquals(List.of(), recorder.sql());
    }

    @Test
    void aLazyLoadFlushesAPendingObjectFirst() {
        long[] ids = twoUsers();
        Session session = session();
        User ed = session.get(User.class, ids[0]);
        Address added = new Address("ed@new.org");
        added.userId = ed.id;
        session.add(added);
        recorder.clear();
        assertEquals(3, ed.addresses.size(), "the lazy load sees the flushed INSERT");
        assertTrue(recorder.sql().get(0).startsWith("INSERT INTO addresses"), recorder.sql().toString());
        assertTrue(recorder.sql().get(1).startsWith("SELECT"), recorder.sql().toString());
    }

    @Test
    void aLazyLoadFlushesAChangedCollectionFirst() {
        long[] ids = twoUsers();
        Session session = session();
        User wendy = session.get(User.class, ids[1]);
        wendy.addresses.size(); // loaded
        Address moved = session.query(Address.class).filterBy("emailAddress", "ed@a.org").one();
        User ed = session.get(User.class, ids[0]); // (its addresses not loaded yet)
        wendy.addresses.add(moved);
        recorder.clear();
        assertEquals(1, ed.addresses.size(), "the move was flushed before ed's addresses loaded: " + ed.addresses);
        assertTrue(recorder.sql().get(0).startsWith("UPDATE addresses"), recorder.sql().toString());
        session.commit();
        assertEquals(2L, scalars(select(Address_.id).where(Address_.userId.eq(ids[1]))).size());
    }

    @Test
    void aLazyLoadOrGetDoesNotLookForChangedColumnsButAQueryDoes() {
        long[] ids = twoUsers();
        Session session = session();
        User ed = session.get(User.class, ids[0]);
        ed.fullname = "Edward";
        recorder.clear();
        ed.addresses.size();
        session.get(User.class, ids[1]);
        for (String sql : recorder.sql()) {
            assertTrue(sql.startsWith("SELECT"), "no UPDATE before a lazy load or a get: " + recorder.sql());
        }
        assertEquals(List.of("Ed Jones", "Wendy W"), scalars(select(User_.fullname).orderBy(User_.id)));
        recorder.clear();
        session.query(User.class).filterBy("fullname", "Edward").one();
        assertTrue(recorder.sql().get(0).startsWith("UPDATE users"), "a query flushes it: " + recorder.sql());
        session.commit();
        assertEquals(List.of("Edward", "Wendy W"), scalars(select(User_.fullname).orderBy(User_.id)));
    }

    @Test
    void aGetOfARowNotInTheSessionFlushesPendingObjectsFirst() {
        long[] ids = twoUsers();
        Session session = session();
        User jack = new User("jack", "Jack", "p");
        session.add(jack);
        recorder.clear();
        session.get(User.class, ids[0]);
        assertTrue(recorder.sql().get(0).startsWith("INSERT INTO users"), recorder.sql().toString());
        assertEquals(jack, session.get(User.class, jack.id));
    }

    @Test
    void aChangedReferenceIsFlushedLikeBefore() {
        long[] ids = twoUsers();
        Session session = session();
        Address a = session.query(Address.class).filterBy("emailAddress", "ed@a.org").one();
        User wendy = session.get(User.class, ids[1]);
        a.user = wendy;
        assertTrue(session.isModified(a));
        session.commit();
        assertEquals(2L, scalars(select(Address_.id).where(Address_.userId.eq(ids[1]))).size());
    }
}
