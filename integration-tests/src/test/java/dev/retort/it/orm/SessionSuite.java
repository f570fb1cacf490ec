package dev.retort.it.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.ObjectDeletedException;
import dev.retort.exc.PendingRollbackException;
import dev.retort.exc.ResourceClosedException;
import dev.retort.exc.StaleDataException;
import dev.retort.exc.UnmappedInstanceException;
import dev.retort.orm.ScopedSession;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The session: add, flush, identity map, change detection, unit-of-work ordering and batching,
 * transactions, failures. Each test asserts what was sent and reads the outcome back from the
 * database on a separate connection.
 */
abstract class SessionSuite extends OrmFixture {

    // ------------------------------------------------------------------ seed: creating data

    @Test
    void addThenAutoflushingQueryReturnsTheSameObject() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "edspassword");
        session.add(ed);
        assertTrue(session.newObjects().contains(ed));
        assertEquals(List.of(), recorder.sql(), "nothing is sent before the flush");
        User same = session.query(User.class).filterBy("name", "ed").first();
        assertSame(ed, same, "identity map: one object per primary key");
        assertNotNull(ed.id, "the generated key was filled in");
        assertEquals("INSERT INTO users (name, fullname, password, age) VALUES (?, ?, ?, ?)", recorder.sql().get(0));
        assertEquals(List.of(List.of("ed", "Ed Jones", "edspassword")),
                List.of(recorder.statements().get(0).parameters().get(0).subList(0, 3)));
        assertTrue(recorder.sql().get(1).startsWith("SELECT users.id, users.name, users.fullname, users.password, users.age FROM users WHERE users.name = ?"),
                recorder.sql().get(1));
        session.commit();
        assertEquals(List.of("ed"), scalars(select(User_.name)));
    }

    @Test
    void rollbackDiscardsPendingObjects() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "x");
        session.add(ed);
        session.flush();
        assertNotNull(ed.id);
        session.rollback();
        assertFalse(session.contains(ed), "an object inserted in the rolled-back transaction is transient again");
        assertNull(ed.id, "its generated key is cleared");
        assertEquals(0L, rowsIn("users"));
        session.add(ed);
        session.commit();
        assertEquals(List.of("ed"), scalars(select(User_.name)));
    }

    // ------------------------------------------------------------------ change detection

    @Test
    void flushUpdatesOnlyTheChangedColumns() {
        Session session = session();
        session.addAll(List.of(new User("ed", "Ed Jones", "edspassword"), new User("wendy", "Wendy Williams", "foobar")));
        session.commit();
        recorder.clear();
        User ed = session.query(User.class).filterBy("name", "ed").one();
        session.flush();
        recorder.clear();
        assertFalse(session.isModified(ed));
        assertTrue(session.dirtyObjects().isEmpty());
        ed.password = "f8s7ccs";
        assertTrue(session.isModified(ed));
        assertEquals(Set.of(ed), session.dirtyObjects());
        session.flush();
        assertEquals(List.of("UPDATE users SET password=? WHERE users.id = ?"), recorder.sql());
        assertEquals(List.of(List.of("f8s7ccs", ed.id)), recorder.statements().get(0).parameters());
        recorder.clear();
        session.flush();
        assertEquals(List.of(), recorder.sql(), "a clean session flushes nothing");
        session.commit();
        assertEquals(List.of("f8s7ccs"), scalars(select(User_.password).where(User_.name.eq("ed"))));
    }

    @Test
    void updatesOfTheSameColumnsAreBatchedTogether() {
        Session session = session();
        for (int i = 0; i < 5; i++) {
            session.add(new User("u" + i, "User " + i, "p"));
        }
        session.commit();
        List<User> all = session.query(User.class).orderBy(User_.id).all();
        recorder.clear();
        for (User u : all) {
            u.fullname = u.fullname + "!";
        }
        all.get(0).age = 30;
        session.flush();
        List<Recorder.Statement> updates = recorder.starting("UPDATE");
        assertEquals(2, updates.size(), updates.toString());
        assertEquals("UPDATE users SET fullname=?, age=? WHERE users.id = ?", updates.get(0).sql());
        assertEquals("UPDATE users SET fullname=? WHERE users.id = ?", updates.get(1).sql());
        assertEquals(4, updates.get(1).parameters().size());
        session.commit();
        assertEquals(List.of("User 0!", "User 1!", "User 2!", "User 3!", "User 4!"),
                scalars(select(User_.fullname).orderBy(User_.id)));
    }

    // ------------------------------------------------------------------ unit of work ordering

    @Test
    void insertsParentsBeforeChildrenAndFillsForeignKeys() {
        Session session = session();
        User jack = new User("jack", "Jack Bean", "gjffdd");
        jack.addresses.add(new Address("jack@google.com"));
        jack.addresses.add(new Address("j25@yahoo.com"));
        session.add(jack);
        session.commit();
        assertEquals(List.of("INSERT INTO users (name, fullname, password, age) VALUES (?, ?, ?, ?)",
                "INSERT INTO addresses (email_address, user_id) VALUES (?, ?)"),
                dedupe(recorder.sql()));
        for (Address a : jack.addresses) {
            assertEquals(jack.id, a.userId);
            assertSame(jack, a.user, "both sides agree after the flush");
        }
        assertEquals(List.of(jack.id, jack.id), scalars(select(Address_.userId)));
    }

    @Test
    void selfReferentialRowsAreInsertedLevelByLevel() {
        Session session = session();
        Node root = new Node("root").add(new Node("a").add(new Node("a1"))).add(new Node("b"));
        session.add(root);
        session.commit();
        Node a = root.children.get(0);
        Node a1 = a.children.get(0);
        assertEquals(root.id, a.parentId);
        assertEquals(a.id, a1.parentId);
        assertSame(root, a.parent);
        List<Recorder.Statement> inserts = recorder.starting("INSERT");
        assertTrue(inserts.size() >= 3, "one statement (or batch) per level: " + inserts);
        try (Connection conn = engine.connect()) {
            assertEquals(4, conn.execute(select(Node_.id)).scalars().size());
        }
        session.close();
        try (Session s2 = Session.open()) {
            Node loaded = s2.query(Node.class).filterBy("name", "a1").one();
            assertEquals("a", loaded.parent.name, "many-to-one references load with their owner");
            assertEquals("root", loaded.parent.parent.name);
            s2.delete(s2.query(Node.class).filterBy("name", "root").one());
            s2.commit();
        }
        assertEquals(0L, rowsIn("nodes"), "delete cascades down the tree, children first");
    }

    @Test
    void aFlushOfManyNewObjectsLeavesEveryOnePersistentAndNothingPending() {
        Session session = session();
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            users.add(new User("u" + i, "User " + i, "p"));
        }
        session.addAll(users);
        session.flush();
        assertEquals(Set.of(), session.newObjects());
        assertEquals(1500, users.stream().map(u -> u.id).distinct().count(), "every generated key was filled in");
        for (User u : users) {
            assertTrue(session.contains(u));
            assertFalse(session.isModified(u));
        }
        assertSame(users.get(1234), session.get(User.class, users.get(1234).id));
        recorder.clear();
        session.flush();
        assertEquals(List.of(), recorder.sql(), "nothing is pending any more");

        // children added before their new parents, in two chains: parents are still inserted first
        Address a1 = new Address("a1@x.org");
        a1.user = new User("p1", "Parent 1", "p");
        Address a2 = new Address("a2@x.org");
        a2.user = new User("p2", "Parent 2", "p");
        session.addAll(List.of(a1, a2));
        session.flush();
        assertEquals(List.of("INSERT INTO users (name, fullname, password, age) VALUES (?, ?, ?, ?)",
                "INSERT INTO addresses (email_address, user_id) VALUES (?, ?)"), dedupe(recorder.sql()));
        assertEquals(Set.of(), session.newObjects());
        assertEquals(a1.user.id, a1.userId);
        assertEquals(a2.user.id, a2.userId);
        users.get(7).fullname = "changed";
        session.commit();
        assertEquals(1502L, rowsIn("users"));
        assertEquals(List.of("changed"), scalars(select(User_.fullname).where(User_.name.eq("u7"))));
        assertEquals(List.of(a1.user.id, a2.user.id), scalars(select(Address_.userId).orderBy(Address_.id)));
    }

    @Test
    void deletingObjectsDeletesRowsAndCascadesToAddresses() {
        Session session = session();
        User u = new User("fred", "Fred", "p");
        u.addresses.add(new Address("f@x.org"));
        session.add(u);
        session.commit();
        session.delete(u);
        assertEquals(Set.of(u, u.addresses.get(0)), session.deletedObjects(), "the delete cascade runs at once");
        session.commit();
        assertEquals(0L, rowsIn("users"));
        assertEquals(0L, rowsIn("addresses"));
        assertFalse(session.contains(u));
    }

    @Test
    void removingFromACollectionDeletesOrphans() {
        Session session = session();
        User u = new User("fred", "Fred", "p");
        u.addresses.add(new Address("a@x.org"));
        u.addresses.add(new Address("b@x.org"));
        session.add(u);
        session.commit();
        u.addresses.remove(0);
        session.commit();
        assertEquals(List.of("b@x.org"), scalars(select(Address_.emailAddress)));
    }

    // ------------------------------------------------------------------ identity map

    @Test
    void getUsesTheIdentityMapFirst() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "x");
        session.add(ed);
        session.flush(); // (a commit would expire it: the next get reloads it)
        recorder.clear();
        assertSame(ed, session.get(User.class, ed.id));
        assertSame(ed, session.get(User.class, ed.id.intValue()), "the key is converted to the key's type");
        assertEquals(List.of(), recorder.sql(), "no SQL for an object already in the session");
        session.commit();
        try (Session other = Session.open()) {
            User fromDb = other.get(User.class, ed.id);
            assertEquals("ed", fromDb.name);
            assertFalse(fromDb == ed);
            assertNull(other.get(User.class, 999L));
        }
    }

    @Test
    void objectsNoLongerReferencedCanBeCollected() {
        SessionFactory small = sessionmaker().configure(engine).pinLimit(50);
        try (Session seed = Session.open()) {
            for (int i = 0; i < 300; i++) {
                seed.add(new Customer());
            }
            seed.commit();
        }
        try (Session session = small.open()) {
            List<WeakReference<Customer>> refs = new ArrayList<>();
            for (Customer c : session.query(Customer.class).orderBy(Customer_.id)) {
                refs.add(new WeakReference<>(c));
                c.description = "seen";
            }
            session.flush();
            assertEquals(300, refs.size());
            for (int i = 0; i < 20 && refs.stream().anyMatch(r -> r.get() != null); i++) {
                System.gc();
            }
            assertTrue(refs.stream().filter(r -> r.get() == null).count() > 200,
                    "a long session over many rows does not pin them all");
            session.commit();
        }
        assertEquals(300, scalars(select(Customer_.id).where(Customer_.description.eq("seen"))).size(),
                "every change was written before an object was let go");
    }

    @Test
    void commitLetsGoOfEveryObjectWhetherItsFlushWroteOrNot() {
        try (Session seed = Session.open()) {
            for (int i = 0; i < 300; i++) {
                seed.add(new Customer());
            }
            seed.commit();
        }
        for (boolean change : new boolean[] {false, true}) {
            try (Session session = Session.open()) {
                List<WeakReference<Customer>> refs = new ArrayList<>();
                int i = 0;
                for (Customer c : session.query(Customer.class).orderBy(Customer_.id).all()) {
                    refs.add(new WeakReference<>(c));
                    if (change && i++ % 3 == 0) {
                        c.description = "changed";
                    }
                }
                session.commit(); // a flush that writes nothing, then one that writes 100 rows
                for (int k = 0; k < 20 && refs.stream().anyMatch(r -> r.get() != null); k++) {
                    System.gc();
                }
                assertTrue(refs.stream().filter(r -> r.get() == null).count() > 200,
                        "after a commit the session holds no object strongly (change=" + change + ")");
                List<Customer> again = session.query(Customer.class).all();
                assertEquals(300, again.size(), "the session is still usable after letting go");
                assertEquals(change ? 100 : 0, again.stream().filter(c -> "changed".equals(c.description)).count());
                session.commit();
            }
        }
        assertEquals(100, scalars(select(Customer_.id).where(Customer_.description.eq("changed"))).size(),
                "the changes were written before the objects were let go");
    }

    private static SessionFactory sessionmaker() {
        return dev.retort.Retort.sessionmaker();
    }

    // ------------------------------------------------------------------ versions and failures

    @Test
    void staleVersionRaisesAndTheSessionWaitsForRollback() {
        Session session = session();
        Item item = new Item("widget");
        session.add(item);
        session.commit();
        assertEquals(1, item.version);
        item.name = "gadget";
        session.commit();
        assertEquals(2, item.version);
        assertEquals(List.of(2), scalars(select(Item_.version)));
        try (Session other = Session.open()) {
            Item same = other.get(Item.class, item.id);
            same.name = "changed elsewhere";
            other.commit();
        }
        item.name = "too late";
        StaleDataException e = assertThrows(StaleDataException.class, session::flush);
        assertTrue(e.getMessage().contains("Item"), e.getMessage());
        assertEquals(2, item.version, "the version counter is put back");
        assertThrows(PendingRollbackException.class, () -> session.query(Item.class).all());
        session.rollback();
        assertEquals("changed elsewhere", item.name, "rollback reloads the object");
        assertEquals(3, item.version);
        assertEquals(List.of("changed elsewhere"), scalars(select(Item_.name)));
    }

    @Test
    @Tag("second-connection") // checks the database while the session holds its connection
    void failedFlushLeavesNothingInTheDatabaseAndRestoresObjects() {
        Session session = session();
        session.add(new User("ed", "Ed", "x"));
        session.commit();
        User dup = new User("ed", "Another Ed", "y");
        User fine = new User("wendy", "Wendy", "z");
        fine.addresses.add(new Address("w@x.org"));
        session.addAll(List.of(fine, dup));
        IntegrityErrorException e = assertThrows(IntegrityErrorException.class, session::commit);
        assertTrue(e.getMessage().contains("INSERT INTO users"), e.getMessage());
        assertTrue(e.getCause() instanceof java.sql.SQLException);
        assertNull(fine.id, "keys generated by the failed flush are taken back");
        assertNull(fine.addresses.get(0).userId);
        assertEquals(1L, rowsIn("users"), "the database holds nothing of the failed flush");
        assertEquals(0L, rowsIn("addresses"));
        PendingRollbackException p = assertThrows(PendingRollbackException.class, () -> session.add(new User()));
        assertTrue(p.getMessage().contains("session.rollback()"), p.getMessage());
        session.rollback();
        assertFalse(session.contains(fine));
        dup.name = "ed2";
        session.addAll(List.of(fine, dup));
        session.commit();
        assertEquals(List.of("ed", "wendy", "ed2"), scalars(select(User_.name).orderBy(User_.id)));
        assertEquals(1L, rowsIn("addresses"));
    }

    @Test
    void rollbackReloadsChangedObjectsAndRestoresDeletedOnes() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "x");
        User wendy = new User("wendy", "Wendy", "y");
        session.addAll(List.of(ed, wendy));
        session.commit();
        ed.fullname = "changed";
        session.delete(wendy);
        session.flush();
        assertFalse(session.contains(wendy));
        session.rollback();
        assertEquals("Ed Jones", ed.fullname);
        assertTrue(session.contains(wendy), "an object deleted in the rolled-back transaction comes back");
        assertSame(wendy, session.get(User.class, wendy.id));
    }

    // ------------------------------------------------------------------ refresh, expire, expunge, merge

    @Test
    void refreshExpireExpungeAndMerge() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "x");
        session.add(ed);
        session.commit();
        try (Connection conn = engine.connect()) {
            conn.execute(User_.TABLE.update().where(User_.id.eq(ed.id)).values(Map.of("fullname", "Edward")));
            conn.commit();
        }
        session.refresh(ed);
        assertEquals("Edward", ed.fullname);
        ed.fullname = "local change";
        session.expire(ed);
        assertEquals("Edward", ed.fullname, "expire reloads; the unflushed change is gone");

        session.expunge(ed);
        assertFalse(session.contains(ed));
        User loaded = session.get(User.class, ed.id);
        assertFalse(loaded == ed);

        ed.fullname = "merged";
        User merged = session.merge(ed);
        assertSame(loaded, merged, "merge copies onto the session's object");
        assertEquals("merged", loaded.fullname);
        User brandNew = session.merge(new User("newbie", "New", "n"));
        assertTrue(session.newObjects().contains(brandNew));
        session.commit();
        assertEquals(List.of("merged", "New"), scalars(select(User_.fullname).orderBy(User_.id)));

        try (Connection conn = engine.connect()) {
            conn.execute(dev.retort.Retort.text("DELETE FROM users WHERE name = 'newbie'"));
            conn.commit();
        }
        assertThrows(ObjectDeletedException.class, () -> session.refresh(brandNew));
    }

    // ------------------------------------------------------------------ object states, as SQLAlchemy's

    private User committedUser(String name) {
        try (Session s = Session.open()) {
            User u = new User(name, name + " full", "pw");
            s.add(u);
            s.commit();
            recorder.clear();
            return u;
        }
    }

    private void updateFullname(Long id, String fullname) {
        try (Connection conn = engine.connect()) {
            conn.execute(User_.TABLE.update().where(User_.id.eq(id)).values(Map.of("fullname", fullname)));
            conn.commit();
        }
    }

    @Test
    void aNewObjectWithAKeyTheUserSetIsInserted() {
        Session session = session();
        User ed = new User("ed", "Ed", "p");
        ed.id = 7L;
        session.add(ed);
        assertTrue(session.newObjects().contains(ed), "never loaded: transient, whatever its key holds");
        session.commit();
        assertEquals(1, recorder.starting("INSERT INTO users").size(), recorder.sql().toString());
        assertEquals(List.of(7L), List.of(((Number) recorder.starting("INSERT INTO users").get(0).parameters().get(0)
                .get(0)).longValue()), "the key the user set is sent");
        assertEquals(List.of(7L), scalars(select(User_.id)).stream().map(v -> ((Number) v).longValue()).toList());
    }

    @Test
    void mergeOfATransientObjectWithAKeyInsertsOrCopiesByRow() {
        User jack = committedUser("jack");
        Session session = session();
        User absent = new User("wendy", "Wendy", "w");
        absent.id = 42L;
        User pending = session.merge(absent);
        assertTrue(session.newObjects().contains(pending), "no row with key 42: a pending INSERT");
        User copy = new User("jack", "Jack Updated", "pw");
        copy.id = jack.id;
        User target = session.merge(copy);
        assertFalse(session.newObjects().contains(target), "a row with that key: its persistent object");
        assertEquals("Jack Updated", target.fullname);
        session.commit();
        assertEquals(List.of("Jack Updated", "Wendy"), scalars(select(User_.fullname).orderBy(User_.id)));
        assertEquals(1, recorder.starting("INSERT INTO users").size());
        assertEquals(List.of("UPDATE users SET fullname=? WHERE users.id = ?"),
                recorder.starting("UPDATE").stream().map(Recorder.Statement::sql).toList());
    }

    @Test
    @Tag("second-connection") // checks the database while the session holds its connection
    void mergeChecksTheVersionCounter() {
        Item item = new Item("widget");
        try (Session s = Session.open()) {
            s.add(item);
            s.commit();
        }
        Session session = session();
        Item loaded = session.get(Item.class, item.id);
        loaded.name = "changed";
        session.commit();
        assertEquals(2, loaded.version);
        item.name = "stale copy";             // still version 1
        StaleDataException e = assertThrows(StaleDataException.class, () -> session.merge(item));
        assertTrue(e.getMessage().contains("does not match existing version '2'"), e.getMessage());
        assertEquals(List.of("changed"), scalars(select(Item_.name)), "nothing is lost");
        item.version = null;                  // no version: merges onto the latest
        session.merge(item);
        session.commit();
        assertEquals(List.of("stale copy"), scalars(select(Item_.name)));
    }

    @Test
    void refreshDiscardsUnflushedChanges() {
        User jack = committedUser("jack");
        Session session = session();
        User u = session.get(User.class, jack.id);
        u.fullname = "foo";
        recorder.clear();
        session.refresh(u);
        assertEquals("jack full", u.fullname, "the change is discarded, the row loaded");
        assertEquals(List.of(), recorder.starting("UPDATE"), "refresh does not flush");
        assertFalse(session.isModified(u));
        session.commit();
        assertEquals(List.of("jack full"), scalars(select(User_.fullname)));
    }

    @Test
    void commitExpiresObjectsAndTheNextGetReloadsThem() {
        User jack = committedUser("jack");
        Session s1 = session();
        User u = s1.get(User.class, jack.id);
        assertEquals("jack full", u.fullname);
        s1.commit();
        updateFullname(jack.id, "will");
        assertEquals("jack full", u.fullname, "a plain field read shows the value it held: nothing intercepts it");
        recorder.clear();
        User again = s1.get(User.class, jack.id);
        assertSame(u, again, "the same object");
        assertEquals("will", u.fullname, "get reloaded the expired object from its row");
        assertEquals(1, recorder.starting("SELECT").size());
        recorder.clear();
        s1.get(User.class, jack.id);
        assertEquals(List.of(), recorder.sql(), "loaded again: no more SELECT until the next commit");
        s1.commit();
        updateFullname(jack.id, "bill");
        u.password = "set after commit";
        User queried = s1.query(User.class).filterBy("name", "jack").one();
        assertSame(u, queried);
        assertEquals("bill", u.fullname, "a query reloads it too");
        s1.commit();
        assertEquals(List.of("set after commit"), scalars(select(User_.password)),
                "a value set after the commit is kept and flushed");
    }

    @Test
    void expireOnCommitCanBeTurnedOff() {
        User jack = committedUser("jack");
        try (Session s = sessionmakerFor(false).open()) {
            User u = s.get(User.class, jack.id);
            s.commit();
            updateFullname(jack.id, "will");
            assertSame(u, s.get(User.class, jack.id));
            assertEquals("jack full", u.fullname, "not expired: the identity map's state is kept");
            s.query(User.class).all();
            assertEquals("jack full", u.fullname);
            s.refresh(u);
            assertEquals("will", u.fullname);
        }
    }

    private SessionFactory sessionmakerFor(boolean expireOnCommit) {
        return new SessionFactory(engine).expireOnCommit(expireOnCommit);
    }

    @Test
    void addingAnObjectDeletedByAFlushRaises() {
        User jack = committedUser("jack");
        Session session = session();
        User u = session.get(User.class, jack.id);
        session.delete(u);
        session.flush();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> session.add(u));
        assertTrue(e.getMessage().contains("has been deleted"), e.getMessage());
        session.commit();
        assertEquals(0L, rowsIn("users"));
    }

    @Test
    @Tag("second-connection") // checks the database while the session holds its connection
    void rollbackDoesNotBringBackWhatWasExpunged() {
        User jack = committedUser("jack");
        Session session = session();
        User u = session.get(User.class, jack.id);
        session.delete(u);
        session.flush();
        session.expunge(u);
        session.rollback();
        assertFalse(session.contains(u));
        assertNotNull(session.get(User.class, jack.id), "the row is back");
        assertFalse(session.get(User.class, jack.id) == u, "as a new object");
        assertEquals(1L, rowsIn("users"));
    }

    @Test
    void deleteCascadesAtOnce() {
        User jack = new User("jack", "Jack", "p");
        jack.addresses.add(new Address("a@x"));
        jack.addresses.add(new Address("b@x"));
        try (Session s = Session.open()) {
            s.add(jack);
            s.commit();
        }
        Session session = session();
        User u = session.get(User.class, jack.id);
        session.delete(u);
        assertEquals(3, session.deletedObjects().size(), "the children are marked at once, not at the flush");
        assertTrue(session.deletedObjects().containsAll(u.addresses));
        session.commit();
        assertEquals(0L, rowsIn("addresses"));
        assertEquals(0L, rowsIn("users"));
    }

    @Test
    void anUnchangedObjectAddedBackAfterExpungeAllIsClean() {
        User jack = committedUser("jack");
        Session session = session();
        User u = session.get(User.class, jack.id);
        session.expungeAll();
        session.add(u);
        assertTrue(session.dirtyObjects().isEmpty(), "its loaded state was kept while detached");
        assertFalse(session.newObjects().contains(u));
        recorder.clear();
        session.flush();
        assertEquals(List.of(), recorder.sql(), "nothing to write");
        u.age = 40;
        session.commit();
        assertEquals(List.of("UPDATE users SET age=? WHERE users.id = ?"),
                recorder.starting("UPDATE").stream().map(Recorder.Statement::sql).toList());
        assertEquals(List.of(40), scalars(select(User_.age)).stream().map(v -> ((Number) v).intValue()).toList());
    }

    @Test
    void anObjectFromAClosedSessionIsDetachedNotNew() {
        User jack = committedUser("jack");       // committed and closed: detached
        jack.fullname = "changed while detached";
        Session session = session();
        session.add(jack);
        assertFalse(session.newObjects().contains(jack));
        assertEquals(Set.of(jack), session.dirtyObjects());
        session.commit();
        assertEquals(List.of(), recorder.starting("INSERT"));
        assertEquals(List.of("changed while detached"), scalars(select(User_.fullname)));
    }

    @Test
    void connectionAfterCommitBeginsANewTransaction() {
        Session session = session();
        session.add(new User("ed", "Ed", "p"));
        session.commit();
        assertFalse(session.inTransaction());
        session.connection();
        assertTrue(session.inTransaction(), "autobegin, as SQLAlchemy's session");
        session.commit();
        assertFalse(session.inTransaction());
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void badInputGetsClearErrors() {
        Session session = session();
        InvalidRequestException n = assertThrows(InvalidRequestException.class, () -> session.add(null));
        assertTrue(n.getMessage().contains("null"), n.getMessage());
        UnmappedInstanceException u = assertThrows(UnmappedInstanceException.class, () -> session.add("a string"));
        assertTrue(u.getMessage().contains("java.lang.String is not mapped"), u.getMessage());
        InvalidRequestException t = assertThrows(InvalidRequestException.class, () -> session.delete(new User()));
        assertTrue(t.getMessage().contains("not persisted"), t.getMessage());
        User pending = new User("p", "P", "p");
        session.add(pending);
        assertThrows(InvalidRequestException.class, () -> session.delete(pending));
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> session.query(User.class).filterBy("nmae", "ed"));
        assertTrue(unknown.getMessage().contains("[id, name, fullname, password, age]"), unknown.getMessage());
        session.close();
        assertThrows(ResourceClosedException.class, () -> session.query(User.class).all());
    }

    // ------------------------------------------------------------------ sessionmaker, scoped sessions, Core

    @Test
    void configureLaterScopedSessionsAndCoreInTheSessionTransaction() throws Exception {
        SessionFactory later = dev.retort.Retort.sessionmaker();
        assertThrows(InvalidRequestException.class, later::open);
        later.configure(engine);
        ScopedSession db = dev.retort.Retort.scopedSession(later);
        db.add(new User("main", "Main thread", "m"));
        Session mine = db.current();
        assertSame(mine, db.current());
        AtomicReference<Session> other = new AtomicReference<>();
        Thread t = new Thread(() -> {
            other.set(db.current());
            db.remove();
        });
        t.start();
        t.join();
        assertFalse(other.get() == mine, "one session per thread");
        db.commit();
        assertEquals(1, db.query(User.class).all().size());
        mine.execute(User_.TABLE.insert().values(Map.of("name", "core", "fullname", "Core")));
        assertEquals(2L, mine.query(User.class).count(), "Core statements run in the session's transaction");
        db.rollback();
        assertEquals(1L, rowsIn("users"));

        User main = db.query(dev.retort.Retort.aliased(User.class, "u")).one();
        assertEquals("main", main.name, "query(Aliased) gives objects, not rows");
        main.fullname = "Changed";
        assertTrue(db.isModified(main));
        assertEquals(Set.of(main), db.dirtyObjects());
        db.refresh(main);
        assertEquals("Main thread", main.fullname);
        assertFalse(db.isModified(main));
        db.execute(User_.TABLE.insert(), List.of(Map.of("name", "a", "fullname", "A"), Map.of("name", "b", "fullname", "B")));
        db.commit();
        assertEquals(3L, rowsIn("users"));
        db.remove();
        assertFalse(db.hasSession());
    }

    private static List<String> dedupe(List<String> sql) {
        List<String> out = new ArrayList<>();
        for (String s : sql) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
