package dev.retort.it.orm;

import static dev.retort.Retort.joinedLoad;
import static dev.retort.Retort.raiseLoad;
import static dev.retort.Retort.select;
import static dev.retort.Retort.selectinLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.DetachedInstanceException;
import dev.retort.exc.LazyLoadException;
import dev.retort.orm.Session;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One-to-many, many-to-one, many-to-many and self-referential relationships; loading strategies. */
abstract class RelationshipSuite extends OrmFixture {

    @BeforeEach
    void seed() {
        try (Session s = Session.open()) {
            User jack = new User("jack", "Jack Bean", "gjffdd");
            jack.addresses.add(new Address("jack@google.com"));
            jack.addresses.add(new Address("j25@yahoo.com"));
            User ed = new User("ed", "Ed Jones", "x");
            ed.addresses.add(new Address("ed@msn.com"));
            s.addAll(List.of(jack, ed, new User("nobody", "No Addresses", "y")));
            s.commit();
        }
        recorder.clear();
    }

    private static List<String> emails(List<Address> addresses) {
        return addresses.stream().map(a -> a.emailAddress).collect(Collectors.toList());
    }

    @Test
    void collectionsLoadLazilyOnFirstAccess() {
        Session session = session();
        User jack = session.query(User.class).filterBy("name", "jack").one();
        assertEquals(1, recorder.starting("SELECT").size(), "the collection has not loaded");
        assertEquals(List.of("jack@google.com", "j25@yahoo.com"), emails(jack.addresses));
        assertEquals(2, recorder.starting("SELECT").size(), "one SELECT on first access");
        assertTrue(recorder.sql().get(1).contains("ORDER BY addresses.id"), recorder.sql().get(1));
        assertSame(jack, jack.addresses.get(0).user, "the reverse reference is the same object");
        recorder.clear();
        jack.addresses.size();
        assertEquals(List.of(), recorder.sql(), "loaded once");
    }

    @Test
    void manyToOneReferencesLoadWithTheirOwnersInOneBatch() {
        Session session = session();
        List<Address> all = session.query(Address.class).orderBy(Address_.id).all();
        assertEquals(2, recorder.starting("SELECT").size(), "one SELECT for the addresses, one for all their users");
        assertEquals("jack", all.get(0).user.name);
        assertSame(all.get(0).user, all.get(1).user);
        assertEquals("ed", all.get(2).user.name);
    }

    @Test
    void selectinLoadsPadTheirKeyListsAndSplitLongOnes() {
        // 3 seeded users + 600 more: one IN list of the dialect's maximum, then the rest padded
        try (Session s = Session.open()) {
            List<User> more = new java.util.ArrayList<>();
            for (int i = 0; i < 600; i++) {
                User u = new User("u" + i, "User " + i, "p");
                if (i % 3 == 0) {
                    u.addresses.add(new Address("u" + i + "@a.com"));
                    u.addresses.add(new Address("u" + i + "@b.com"));
                }
                more.add(u);
            }
            s.addAll(more);
            s.commit();
        }
        recorder.clear();
        Session session = session();
        List<User> users = session.query(User.class).options(selectinLoad(User_.addresses)).orderBy(User_.id).all();
        assertEquals(603, users.size());
        assertEquals(List.of("jack@google.com", "j25@yahoo.com"), emails(users.get(0).addresses));
        assertEquals(List.of("ed@msn.com"), emails(users.get(1).addresses));
        assertEquals(List.of(), emails(users.get(2).addresses));
        for (int i = 0; i < 600; i++) {
            List<String> expected = i % 3 == 0 ? List.of("u" + i + "@a.com", "u" + i + "@b.com") : List.of();
            assertEquals(expected, emails(users.get(3 + i).addresses), "user " + i);
            for (Address a : users.get(3 + i).addresses) {
                assertSame(users.get(3 + i), a.user);
            }
        }
        List<Recorder.Statement> loads = recorder.starting("SELECT addresses.");
        int max = engine.dialect().maxInListSize();
        int chunks = (603 + max - 1) / max;
        assertEquals(chunks, loads.size(), "603 keys in lists of at most " + max + ": " + recorder.sql());
        for (int i = 0; i < chunks - 1; i++) {
            assertEquals(max, loads.get(i).parameters().get(0).size());
        }
        int rest = 603 - (chunks - 1) * max;
        List<Object> last = loads.get(chunks - 1).parameters().get(0);
        int padded = engine.dialect().inListPadding(rest);
        assertEquals(padded, last.size(), rest + " keys padded");
        assertTrue(padded >= rest && padded <= max, "padded to " + padded);
        assertEquals(last.get(rest - 1), last.get(padded - 1), "the padding repeats the last key");
        recorder.clear();
        users.get(5).addresses.size();
        assertEquals(List.of(), recorder.sql(), "loaded with the query");
    }

    @Test
    void joinedEagerRowsRepeatingAnOwnerRefreshItFromItsFirstRow() {
        Session session = session();
        List<User> users = session.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all();
        assertEquals(List.of("Jack Bean", "Ed Jones", "No Addresses"),
                users.stream().map(u -> u.fullname).collect(Collectors.toList()));
        User jack = users.get(0);
        session.execute(User_.TABLE.update().where(User_.id.eq(jack.id)).values(Map.of("fullname", "Jack Sprat")));
        session.expireAll();
        // jack's two addresses make two rows that repeat his columns: the first row refreshes him
        List<User> again = session.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all();
        assertSame(jack, again.get(0));
        assertEquals("Jack Sprat", jack.fullname);
        assertEquals("jack", jack.name);
        assertEquals(List.of("j25@yahoo.com", "jack@google.com"), emails(jack.addresses).stream().sorted().collect(Collectors.toList()));
        assertEquals("Ed Jones", again.get(1).fullname);
        assertEquals(List.of("ed@msn.com"), emails(again.get(1).addresses));
        session.commit();
        try (Session s2 = Session.open()) {
            User read = s2.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).first();
            assertEquals("Jack Sprat", read.fullname, "read back in a new session");
            assertEquals(2, read.addresses.size());
        }
    }

    @Test
    void eagerLoadingOptions() {
        Session session = session();
        List<User> users = session.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all();
        assertEquals(3, users.size(), "joined eager loading does not repeat the owners");
        assertEquals(1, recorder.starting("SELECT").size());
        assertTrue(recorder.sql().get(0).contains("LEFT OUTER JOIN addresses AS addresses_1"), recorder.sql().get(0));
        assertEquals(2, users.get(0).addresses.size());
        assertEquals(0, users.get(2).addresses.size());
        assertEquals(1, recorder.starting("SELECT").size(), "nothing more to load");

        session.close();
        try (Session s2 = Session.open()) {
            recorder.clear();
            List<User> again = s2.query(User.class).options(selectinLoad(User_.addresses)).orderBy(User_.id).all();
            assertEquals(2, recorder.starting("SELECT").size(), "one SELECT for users, one SELECT ... IN for addresses");
            assertEquals(List.of("ed@msn.com"), emails(again.get(1).addresses));

            User first = s2.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).first();
            assertEquals(2, first.addresses.size(), "LIMIT with a joined collection falls back to SELECT ... IN");
        }
        try (Session s3 = Session.open()) {
            User raising = s3.query(User.class).options(raiseLoad(User_.addresses)).filterBy("name", "jack").one();
            LazyLoadException e = assertThrows(LazyLoadException.class, () -> raising.addresses.size());
            assertTrue(e.getMessage().contains("joinedLoad"), e.getMessage());
        }
    }

    @Test
    void eagerOptionsFillTheUnloadedCollectionsOfObjectsAlreadyInTheSession() {
        Session session = session();
        List<User> plain = session.query(User.class).orderBy(User_.id).all(); // collections left unloaded
        recorder.clear();
        List<User> again = session.query(User.class).options(selectinLoad(User_.addresses)).orderBy(User_.id).all();
        assertSame(plain.get(0), again.get(0), "the same objects, from the identity map");
        assertEquals(2, recorder.starting("SELECT").size(), "one SELECT for users, one SELECT ... IN for addresses");
        recorder.clear();
        assertEquals(List.of("jack@google.com", "j25@yahoo.com"), emails(plain.get(0).addresses));
        assertEquals(List.of("ed@msn.com"), emails(plain.get(1).addresses));
        assertEquals(List.of(), emails(plain.get(2).addresses));
        assertEquals(List.of(), recorder.sql(), "filled by the selectin load: nothing loads on access");
        assertSame(plain.get(0), plain.get(0).addresses.get(0).user, "the reverse reference is the owner");

        session.close();
        try (Session s2 = Session.open()) {
            User jack = s2.query(User.class).filterBy("name", "jack").one();
            User ed = s2.query(User.class).filterBy("name", "ed").one();
            ed.addresses.add(new Address("ed@other.org")); // a loaded, changed collection is left as it is
            s2.flush();
            recorder.clear();
            List<User> joined = s2.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all();
            assertEquals(1, recorder.starting("SELECT").size(), "one joined SELECT");
            assertSame(jack, joined.get(0));
            recorder.clear();
            assertEquals(List.of("jack@google.com", "j25@yahoo.com"), emails(jack.addresses));
            assertEquals(List.of("ed@msn.com", "ed@other.org"), emails(ed.addresses));
            assertEquals(List.of(), recorder.sql(), "filled from the joined rows");
            s2.rollback();
        }
    }

    @Test
    void lazyLoadAfterTheSessionClosedRaisesDetached() {
        User jack;
        try (Session s = Session.open()) {
            jack = s.query(User.class).filterBy("name", "jack").one();
        }
        User detached = jack;
        DetachedInstanceException e = assertThrows(DetachedInstanceException.class, () -> detached.addresses.size());
        assertTrue(e.getMessage().contains("addresses"), e.getMessage());
    }

    @Test
    void bothSidesAgreeAfterFlush() {
        Session session = session();
        User ed = session.query(User.class).filterBy("name", "ed").one();
        User jack = session.query(User.class).filterBy("name", "jack").one();
        assertEquals(1, ed.addresses.size());
        Address moved = jack.addresses.get(0);

        moved.user = ed;                      // set only the many-to-one side
        session.flush();
        assertEquals(ed.id, moved.userId);
        assertTrue(ed.addresses.contains(moved), "the loaded collection of the new owner has it");
        assertTrue(!jack.addresses.contains(moved), "and the old owner's no longer does");

        Address fresh = new Address("new@x.org");
        jack.addresses.add(fresh);            // set only the one-to-many side
        session.flush();
        assertSame(jack, fresh.user);
        assertEquals(jack.id, fresh.userId);
        session.commit();
        assertEquals(List.of("jack@google.com", "ed@msn.com"), scalars(select(Address_.emailAddress)
                .where(Address_.userId.eq(ed.id)).orderBy(Address_.id)));
    }

    @Test
    void manyToManyAddsAndRemovesAssociationRows() {
        Session session = session();
        Parent p1 = new Parent("p1");
        Parent p2 = new Parent("p2");
        Child a = new Child("a");
        Child b = new Child("b");
        p1.children.add(a);
        p1.children.add(b);
        p2.children.add(a);
        session.addAll(List.of(p1, p2));
        session.commit();
        assertEquals(3L, rowsIn("association"));
        assertEquals(List.of(p1, p2), a.parents, "both sides agree after flush");

        session.close();
        try (Session s = Session.open()) {
            Parent loaded = s.query(Parent.class).filterBy("name", "p1").one();
            assertEquals(List.of("a", "b"), loaded.children.stream().map(c -> c.name).collect(Collectors.toList()));
            Child ca = loaded.children.get(0);
            assertEquals(2, ca.parents.size());
            loaded.children.remove(ca);
            s.commit();
            assertEquals(2L, rowsIn("association"));
            assertEquals(1, ca.parents.size(), "the other side agrees after flush");
            Child c = new Child("c");
            c.parents.add(loaded);            // from the other side
            s.add(c);
            s.commit();
            assertEquals(3L, rowsIn("association"));
            s.delete(loaded);
            s.commit();
            assertEquals(1L, rowsIn("association"), "a deleted parent's association rows go first");
        }
        try (Session s = Session.open()) {
            List<Parent> parents = s.query(Parent.class).join(Parent_.children).filterBy("name", "a").all();
            assertEquals(List.of("p2"), parents.stream().map(p -> p.name).collect(Collectors.toList()));
            List<Parent> eager = s.query(Parent.class).options(joinedLoad(Parent_.children)).all();
            assertEquals(1, eager.get(0).children.size());
        }
    }

    // ------------------------------------------------------------------ cascades, orphans, both sides

    private User user(Session session, String name) {
        return session.query(User.class).filterBy("name", name).one();
    }

    @Test
    void childrenRemovedBeforeTheParentIsDeletedAreOrphansToo() {
        Session session = session();
        User jack = user(session, "jack");
        Address removed = jack.addresses.remove(0);
        session.delete(jack);
        session.commit();
        assertEquals(List.of("ed@msn.com"), scalars(select(Address_.emailAddress)),
                "the removed child is deleted as an orphan, the remaining one by the cascade");
        assertTrue(!session.contains(removed));
    }

    @Test
    void childrenRemovedBeforeTheParentIsDeletedLoseTheirForeignKeyWithoutOrphanDeletion() {
        Session session = session();
        Node root = new Node("root").add(new Node("c1")).add(new Node("c2"));
        session.add(root);
        session.commit();
        Node c1 = root.children.remove(0);
        session.delete(root);
        session.commit();
        assertEquals(List.of("c1"), scalars(select(Node_.name)), "c2 by the delete cascade; c1 stays");
        assertEquals(java.util.Arrays.asList((Object) null), scalars(select(Node_.parentId)),
                "its foreign key is NULL");
        assertTrue(session.contains(c1));
    }

    @Test
    void aChildMovedBetweenParentsIsReparentedNotDeleted() {
        Session session = session();
        User jack = user(session, "jack");
        User ed = user(session, "ed");
        assertEquals(1, ed.addresses.size());
        Address moved = jack.addresses.remove(0);
        ed.addresses.add(moved);
        session.commit();
        assertEquals(3L, rowsIn("addresses"), "nothing deleted");
        assertEquals(List.of("jack@google.com", "ed@msn.com"), scalars(select(Address_.emailAddress)
                .where(Address_.userId.eq(ed.id)).orderBy(Address_.id)));
        assertSame(ed, moved.user);
        assertEquals(List.of(), recorder.starting("DELETE"));
    }

    @Test
    void afterTheFlushTheOldOwnerNoLongerHoldsWhatMoved() {
        Session session = session();
        User jack = user(session, "jack");
        User ed = user(session, "ed");
        Address a1 = jack.addresses.get(0);   // jack's collection is loaded
        ed.addresses.add(a1);                 // only the new owner's side is changed
        session.commit();
        assertEquals(List.of("j25@yahoo.com"), emails(jack.addresses), "the old owner's collection let go");
        assertSame(ed, a1.user);
        assertEquals(List.of("ed@msn.com", "jack@google.com"), scalars(select(Address_.emailAddress)
                .where(Address_.userId.eq(ed.id)).orderBy(Address_.emailAddress)));
    }

    @Test
    void oneToOneMovesLeaveTheOldSideEmpty() {
        Session session = session();
        Person p1 = new Person("p1");
        Person p2 = new Person("p2");
        Passport a1 = new Passport("A1");
        Passport a2 = new Passport("A2");
        p1.passport = a1;
        session.addAll(List.of(p1, p2, a2));
        session.commit();

        p2.passport = a1;                     // the one-to-one moves from p1 to p2
        session.commit();
        assertEquals(null, p1.passport, "p1 no longer holds it");
        assertSame(p2, a1.holder);

        a2.holder = p2;                       // from the other side: a1 loses p2
        session.commit();
        assertSame(a2, p2.passport);
        assertEquals(null, a1.holder, "the previous passport no longer points at p2");
        assertEquals(java.util.Arrays.asList(null, p2.id), scalars(select(Passport_.holderId).orderBy(Passport_.number)));
    }

    @Test
    void aNullInACollectionIsATypedErrorNamingTheRelationship() {
        Session session = session();
        User jack = user(session, "jack");
        jack.addresses.add(null);
        dev.retort.exc.InvalidRequestException e = assertThrows(dev.retort.exc.InvalidRequestException.class,
                session::flush);
        assertTrue(e.getMessage().contains("null value found in collection User.addresses"), e.getMessage());
        session.rollback();
        assertEquals(3L, rowsIn("addresses"), "nothing lost");
        assertEquals(2, user(session, "jack").addresses.size());
    }
}
