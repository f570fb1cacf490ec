package dev.retort.it.compliance.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.DetachedInstanceException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.orm.Session;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from SQLAlchemy's {@code test/orm/test_lazy_relations.py} and
 * {@code test/orm/test_query.py}, on the fixture rows.
 */
abstract class LazyQueryComplianceSuite extends ComplianceFixture {

    private static List<Long> ids(List<? extends Object> objects) {
        return objects.stream().map(o -> o instanceof User u ? u.id : o instanceof Address a ? a.id
                : o instanceof Item i ? i.id : o instanceof Order r ? r.id : ((Keyword) o).id).collect(Collectors.toList());
    }

    // test_lazy_relations.py::LazyTest::test_basic
    @Test
    void lazyBasic() {
        fixtures();
        Session sess = session();
        List<User> users = sess.query(User.class).filter(User_.id.eq(7L)).all();
        assertEquals(List.of(7L), ids(users));
        assertEquals(List.of(1L), ids(users.get(0).addresses));
        assertEquals("jack@bean.com", users.get(0).addresses.get(0).emailAddress);
    }

    // test_lazy_relations.py::LazyTest::test_needs_parent
    @Test
    void lazyNeedsParent() {
        fixtures();
        Session sess = session();
        User u = sess.query(User.class).filter(User_.id.eq(7L)).first();
        sess.expunge(u);
        assertThrows(DetachedInstanceException.class, () -> u.addresses.size());
    }

    // test_lazy_relations.py::LazyTest::test_orderby (the fixture orders addresses by id)
    @Test
    void lazyOrderBy() {
        fixtures();
        Session sess = session();
        List<User> users = sess.query(User.class).orderBy(User_.id).all();
        assertEquals(List.of(List.of(1L), List.of(2L, 3L, 4L), List.of(5L), List.of()),
                users.stream().map(u -> ids(u.addresses)).toList());
    }

    // test_lazy_relations.py::LazyTest::test_no_orphan
    @Test
    void lazyNoOrphan() {
        fixtures();
        Session sess = session();
        User user = sess.get(User.class, 7);
        Address a = user.addresses.get(0);
        sql.clear();
        sess.flush();
        assertEquals(List.of(), sql.writeSql(), "a lazily loaded child is not an orphan");
        assertTrue(sess.contains(a));
    }

    // test_lazy_relations.py::LazyTest::test_many_to_many
    @Test
    void lazyManyToMany() {
        fixtures();
        Session sess = session();
        List<Item> items = sess.query(Item.class).orderBy(Item_.id).all();
        assertEquals(List.of(List.of(2L, 4L, 6L), List.of(2L, 5L, 7L), List.of(3L, 4L, 6L), List.of(), List.of()),
                items.stream().map(i -> ids(i.keywords)).toList());
        List<Item> red = sess.query(Item.class).join(Item_.keywords).filter(Keyword_.name.eq("red"))
                .orderBy(Item_.id).all();
        assertEquals(List.of(1L, 2L), ids(red));
    }

    // test_lazy_relations.py::LazyTest::test_uses_get
    @Test
    void lazyUsesGet() {
        fixtures();
        Session sess = session();
        User u1 = sess.get(User.class, 8);
        sql.clear();
        Address a1 = sess.query(Address.class).filterBy("emailAddress", "ed@wood.com").one();
        assertSame(u1, a1.user, "the many-to-one comes from the identity map");
        assertEquals(1, sql.sql().size(), "only the address query");
    }

    // test_lazy_relations.py::LazyTest::test_many_to_one
    @Test
    void lazyManyToOne() {
        fixtures();
        Session sess = session();
        Address a = sess.query(Address.class).filter(Address_.id.eq(1L)).one();
        assertNotNull(a.user);
        User u1 = sess.get(User.class, 7);
        assertSame(u1, a.user);
    }

    // test_lazy_relations.py::LazyTest::test_backrefs_dont_lazyload (asserted at the flush)
    @Test
    void backrefsDontLazyload() {
        fixtures();
        Session sess = noAutoflushSession();
        Address ad = sess.query(Address.class).filterBy("id", 1L).one();
        assertEquals(7L, ad.user.id);
        sql.clear();
        ad.user = null;
        assertNull(ad.user);
        assertEquals(List.of(), sql.sql());
        User u1 = sess.query(User.class).filterBy("id", 7L).one();
        sess.flush();
        assertFalse(u1.addresses.contains(ad));
    }

    // test_query.py::GetTest::test_get
    @Test
    void queryGet() {
        fixtures();
        Session s = session();
        assertNull(s.get(User.class, 19));
        User u = s.get(User.class, 7);
        User u2 = s.get(User.class, 7);
        assertSame(u, u2);
        s.expungeAll();
        User u3 = s.get(User.class, 7);
        assertFalse(u == u3);
        assertEquals("jack", u3.name);
    }

    // test_query.py::GetTest::test_get_composite_pk_keyword_based_no_result (Query.get)
    @Test
    void queryGetViaQuery() {
        fixtures();
        Session s = session();
        assertEquals("ed", s.query(User.class).get(8).name);
        assertNull(s.query(User.class).get(99));
    }

    // test_query.py::FilterTest::test_basic
    @Test
    void filterBasic() {
        fixtures();
        Session s = session();
        assertEquals(List.of(7L, 8L, 9L, 10L), ids(s.query(User.class).orderBy(User_.id).all()));
    }

    // test_query.py::FilterTest::test_filter_by
    @Test
    void filterBy() {
        fixtures();
        Session s = session();
        assertEquals(List.of(7L), ids(s.query(User.class).filterBy("name", "jack").all()));
        assertEquals(List.of(), s.query(User.class).filterBy("name", "nobody").all());
    }

    // test_query.py::FilterTest::test_in
    @Test
    void filterIn() {
        fixtures();
        Session s = session();
        assertEquals(List.of(8L, 9L), ids(s.query(User.class).filter(User_.id.in(List.of(8L, 9L))).orderBy(User_.id)
                .all()));
        assertEquals(List.of(), s.query(User.class).filter(User_.id.in(List.of())).all());
    }

    // test_query.py::FilterTest::test_like (endswith)
    @Test
    void filterLike() {
        fixtures();
        Session s = session();
        assertEquals(List.of(8L, 9L), ids(s.query(User.class).filter(User_.name.like("%ed")).orderBy(User_.id).all()));
    }

    // test_query.py::SliceTest::test_first
    @Test
    void sliceFirst() {
        fixtures();
        Session s = session();
        assertEquals(7L, s.query(User.class).orderBy(User_.id).first().id);
        assertNull(s.query(User.class).filter(User_.id.eq(27L)).first());
    }

    // test_query.py::SliceTest::test_basic (limit / offset)
    @Test
    void sliceLimitOffset() {
        fixtures();
        Session s = session();
        assertEquals(List.of(8L, 9L), ids(s.query(User.class).orderBy(User_.id).offset(1).limit(2).all()));
        assertEquals(List.of(10L), ids(s.query(User.class).orderBy(User_.id).offset(3).all()));
    }

    // test_query.py::CountTest::test_basic
    @Test
    void countBasic() {
        fixtures();
        Session s = session();
        assertEquals(4, s.query(User.class).count());
        assertEquals(2, s.query(User.class).filter(User_.name.like("%ed")).count());
    }

    // test_query.py::OneTest (one / one_or_none)
    @Test
    void oneAndOneOrNull() {
        fixtures();
        Session s = session();
        assertThrows(NoResultFoundException.class, () -> s.query(User.class).filter(User_.id.eq(99L)).one());
        assertEquals(7L, s.query(User.class).filter(User_.id.eq(7L)).one().id);
        assertThrows(MultipleResultsFoundException.class, () -> s.query(User.class).one());
        assertNull(s.query(User.class).filter(User_.id.eq(99L)).oneOrNull());
        assertThrows(MultipleResultsFoundException.class, () -> s.query(User.class).oneOrNull());
    }

    // test_query.py::OrderByTest (descending)
    @Test
    void orderByDesc() {
        fixtures();
        Session s = session();
        assertEquals(List.of(10L, 9L, 8L, 7L), ids(s.query(User.class).orderBy(User_.id.desc()).all()));
    }

    // test_query.py::JoinTest::test_o2m (join along a relationship, filter on the target)
    @Test
    void joinOneToMany() {
        fixtures();
        Session s = session();
        List<User> users = s.query(User.class).join(User_.addresses).filter(Address_.emailAddress.eq("ed@wood.com"))
                .all();
        assertEquals(List.of(8L), ids(users));
    }

    // test_query.py::JoinTest::test_many_to_many (orders of item 3)
    @Test
    void joinManyToMany() {
        fixtures();
        Session s = session();
        List<Order> orders = s.query(Order.class).join(Order_.items).filter(Item_.id.eq(3L)).orderBy(Order_.id).all();
        assertEquals(List.of(1L, 2L, 3L), ids(orders));
    }

    // test_query.py::DistinctTest::test_basic
    @Test
    void distinctJoin() {
        fixtures();
        Session s = session();
        List<User> users = s.query(User.class).join(User_.addresses).distinct().orderBy(User_.id).all();
        assertEquals(List.of(7L, 8L, 9L), ids(users));
    }

    // test_query.py::ExistsTest::test_exists
    @Test
    void exists() {
        fixtures();
        Session s = session();
        assertTrue(s.query(User.class).exists());
        assertFalse(s.query(User.class).filter(User_.name.eq("fred")).filter(User_.id.eq(7L)).exists());
    }

    // test_query.py::MutationTest::test_update / test_delete (Query.update / Query.delete)
    @Test
    void bulkUpdateAndDelete() {
        fixtures();
        Session s = session();
        assertEquals(2, s.query(User.class).filter(User_.id.in(List.of(7L, 8L))).update(java.util.Map.of("name",
                "x")));
        assertEquals(0, s.query(Order.class).filter(Order_.id.eq(99L)).delete());
        s.commit();
        assertEquals(List.of("x", "x", "fred", "chuck"), scalars(dev.retort.Retort.select(User_.name)
                .orderBy(User_.id)));
    }

    // test_query.py::ParentTest (the identity map gives one object per row across queries)
    @Test
    void identityAcrossQueries() {
        fixtures();
        Session s = session();
        User a = s.query(User.class).filterBy("id", 8L).one();
        User b = s.query(User.class).join(User_.addresses).filter(Address_.id.eq(3L)).one();
        assertSame(a, b);
        assertSame(a, s.get(Address.class, 2).user);
    }

    // Retort's own case on the same fixture: two collections joined in one query multiply their
    // rows, so each one's items come back repeated, and not next to each other; ed gets 20 orders
    // (more than the loader compares one by one) beside his 3 addresses: 60 rows for him
    @Test
    void twoJoinedCollectionsKeepEachItemOnce() {
        fixtures();
        try (Session s = session()) {
            User ed = s.get(User.class, 8);
            for (int i = 0; i < 20; i++) {
                Order o = new Order("ed's order " + i);
                o.id = 100L + i;
                ed.orders.add(o);
            }
            s.commit();
        }
        sql.clear();
        Session sess = session();
        List<User> users = sess.query(User.class)
                .options(dev.retort.Retort.joinedLoad(User_.addresses), dev.retort.Retort.joinedLoad(User_.orders))
                .orderBy(User_.id).all();
        assertEquals(1, sql.count("SELECT"), sql.sql().toString());
        assertEquals(List.of(7L, 8L, 9L, 10L), ids(users));
        assertEquals(List.of(List.of(1L), List.of(2L, 3L, 4L), List.of(5L), List.of()),
                users.stream().map(u -> ids(u.addresses)).toList());
        List<Long> edsOrders = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            edsOrders.add(100L + i);
        }
        assertEquals(List.of(List.of(1L, 3L, 5L), edsOrders, List.of(2L, 4L), List.of()),
                users.stream().map(u -> ids(u.orders)).toList());
        assertSame(users.get(1), users.get(1).orders.get(19).user);
        assertEquals(1, sql.count("SELECT"), "nothing loaded lazily: " + sql.sql());
    }
}
