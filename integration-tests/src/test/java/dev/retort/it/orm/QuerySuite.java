package dev.retort.it.orm;

import static dev.retort.Retort.aliased;
import static dev.retort.Retort.count;
import static dev.retort.Retort.func;
import static dev.retort.Retort.max;
import static dev.retort.Retort.or;
import static dev.retort.Retort.select;
import static dev.retort.Retort.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Row;
import dev.retort.exc.InvalidRequestException;
import dev.retort.exc.MultipleResultsFoundException;
import dev.retort.exc.NoResultFoundException;
import dev.retort.exc.TypeMismatchException;
import dev.retort.orm.Aliased;
import dev.retort.orm.Session;
import dev.retort.sql.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's "Making Queries" and "ORM Object Manipulation", on a real database. */
abstract class QuerySuite extends OrmFixture {
    private Session session;

    @BeforeEach
    void seed() {
        session = session();
        User will = new User("will", "Will Liu", "stuff").age(31);
        User wendy = new User("wendy", "Wendy Williams", "test").age(25);
        User mary = new User("mary", "Mary Contrary", "test1").age(40);
        User fred = new User("fred", "Fred Flinstone", "test2").age(19);
        will.addresses.add(new Address("will@gmail.com"));
        wendy.addresses.add(new Address("wendy@gmail.com"));
        wendy.addresses.add(new Address("wendy@aol.com"));
        mary.addresses.add(new Address("mary@msn.com"));
        session.addAll(List.of(will, wendy, mary, fred));
        session.commit();
        recorder.clear();
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(u -> u.name).collect(Collectors.toList());
    }

    @Test
    void allFilterByAndFilter() {
        assertEquals(4, session.query(User.class).all().size());
        assertEquals("wendy", session.query(User.class).filterBy("name", "wendy").first().name);
        assertNull(session.query(User.class).filterBy("name", "nobody").first());
        assertEquals(List.of("will", "mary"), names(session.query(User.class).filter(User_.age.gt(25)).orderBy(User_.id).all()));
        assertEquals(List.of("will", "mary"), names(session.query(User.class)
                .filter(or(User_.name.eq("will"), User_.password.eq("test1"))).orderBy(User_.id).all()));
        assertEquals(List.of("wendy"), names(session.query(User.class).filterBy(Map.of("name", "wendy", "age", 25)).all()));
        assertEquals(List.of("will", "wendy"), names(session.query(User.class)
                .filter(User_.id.between(1L, 2L)).orderBy(User_.id).all()));
        assertEquals(List.of("fred", "mary"), names(session.query(User.class)
                .filter(User_.name.in("mary", "fred")).orderBy(User_.name).all()));
        assertEquals(List.of("wendy", "will"), names(session.query(User.class).filter(User_.name.startsWith("w"))
                .orderBy(User_.name).all()));
        assertEquals(List.of("mary"), names(session.query(User.class).filter(User_.fullname.contains("Contrary")).all()));
        assertEquals(List.of("fred"), names(session.query(User.class).filter(User_.name.ilike("FRED")).all()));
        assertEquals(4, session.query(User.class).filter(User_.password.isNotNull()).all().size());
    }

    @Test
    void orderLimitOffsetAndTheSingleResultMethods() {
        assertEquals(List.of("wendy", "mary"), names(session.query(User.class).orderBy(User_.id).limit(2).offset(1).all()));
        assertEquals(List.of("mary", "will"), names(session.query(User.class).orderBy(User_.age.desc()).limit(2).all()));
        assertEquals("fred", session.query(User.class).filterBy("name", "fred").one().name);
        assertThrows(NoResultFoundException.class, () -> session.query(User.class).filterBy("name", "nobody").one());
        assertThrows(MultipleResultsFoundException.class, () -> session.query(User.class).one());
        assertNull(session.query(User.class).filterBy("name", "nobody").oneOrNull());
        assertEquals(4L, session.query(User.class).count());
        assertEquals(2L, session.query(User.class).filter(User_.age.lt(30)).count());
        assertTrue(session.query(User.class).filterBy("name", "mary").exists());
        assertFalse(session.query(User.class).filterBy("name", "nobody").exists());
        assertEquals(List.of("wendy", "mary", "fred"), names(session.query(User.class).filter(User_.id.ge(2L))
                .orderBy(User_.id).stream().collect(Collectors.toList())));
        User first = session.query(User.class).orderBy(User_.id).first();
        assertSame(first, session.query(User.class).get(first.id));
    }

    @Test
    void iteratingObjectsAndColumns() {
        List<String> seen = new ArrayList<>();
        for (User instance : session.query(User.class).orderBy(User_.id)) {
            seen.add(instance.name + " " + instance.fullname);
        }
        assertEquals(List.of("will Will Liu", "wendy Wendy Williams", "mary Mary Contrary", "fred Fred Flinstone"), seen);

        List<String> tuples = new ArrayList<>();
        for (Row row : session.query(User_.name, User_.fullname).orderBy(User_.id)) {
            tuples.add(row.get(User_.name) + "|" + row.get("fullname"));
        }
        assertEquals("will|Will Liu", tuples.get(0));

        List<Row> mixed = session.query(User.class, User_.name).orderBy(User_.id).all();
        User will = mixed.get(0).get(User.class);
        assertEquals("will", will.name);
        assertSame(will, mixed.get(0).get("User"));
        assertEquals("will", mixed.get(0).get("name"));
        assertSame(will, session.query(User.class).filterBy("name", "will").one(), "rows go through the identity map too");
    }

    @Test
    void aliasedAndLabel() {
        Aliased<User> ua = aliased(User.class, "user_alias");
        List<Row> rows = session.query(ua, ua.get(User_.name)).orderBy(ua.get(User_.id)).all();
        assertEquals(4, rows.size());
        User first = (User) rows.get(0).get("user_alias");
        assertEquals("will", first.name);
        assertEquals("will", rows.get(0).get("name"));
        assertTrue(session.query(ua).toString().contains("FROM users AS user_alias"), session.query(ua).toString());

        List<Object> labels = new ArrayList<>();
        for (Row row : session.query(User_.name.label("name_label")).orderBy(User_.id)) {
            labels.add(row.get("name_label"));
        }
        assertEquals(List.of("will", "wendy", "mary", "fred"), labels);
    }

    @Test
    void joinsAlongRelationshipsAndOnConditions() {
        List<Row> rows = session.query(User.class, Address.class).join(User_.addresses)
                .filter(Address_.emailAddress.like("%@gmail.com")).orderBy(Address_.id).all();
        assertEquals(2, rows.size());
        assertEquals("will", rows.get(0).get(User.class).name);
        assertEquals("will@gmail.com", rows.get(0).get(Address.class).emailAddress);
        assertTrue(session.query(User.class, Address.class).join(User_.addresses).toString()
                .contains("FROM users JOIN addresses ON users.id = addresses.user_id"));

        assertEquals(List.of("wendy"), names(session.query(User.class).join(User_.addresses)
                .filterBy("emailAddress", "wendy@aol.com").all()));
        assertEquals(List.of("mary", "wendy", "will"), names(session.query(User.class).join(Address.class,
                User_.id.eq(Address_.userId)).distinct().orderBy(User_.name).all()));
        List<Row> outer = session.query(User_.name, Address_.emailAddress).outerJoin(User_.addresses)
                .filter(Address_.id.isNull()).all();
        assertEquals(1, outer.size());
        assertEquals("fred", outer.get(0).get("name"));

        Aliased<Address> a1 = aliased(Address.class, "a1");
        Aliased<Address> a2 = aliased(Address.class, "a2");
        List<User> twoAddresses = session.query(User.class)
                .join(User_.addresses, a1).join(User_.addresses, a2)
                .filter(a1.get(Address_.emailAddress).eq("wendy@gmail.com"))
                .filter(a2.get(Address_.emailAddress).eq("wendy@aol.com")).all();
        assertEquals(List.of("wendy"), names(twoAddresses));
    }

    @Test
    void groupByHavingAggregatesAndSubqueries() {
        List<Row> rows = session.query(User_.name, count(Address_.id).label("n")).join(User_.addresses)
                .groupBy(User_.name).having(count(Address_.id).gt(1L)).all();
        assertEquals(1, rows.size());
        assertEquals("wendy", rows.get(0).get("name"));
        assertEquals(2L, ((Number) rows.get(0).get("n")).longValue());

        // unlabelled expressions are keyed as the SQL labels them: count_1 for a function, anon_1 otherwise
        Row unnamed = session.query(User_.name, User_.id, count(Address_.id), User_.id.plus(1L))
                .join(User_.addresses).filter(User_.name.eq("wendy")).groupBy(User_.name, User_.id).one();
        assertEquals(2L, ((Number) unnamed.get("count_1")).longValue());
        assertEquals(((Number) unnamed.get("id")).longValue() + 1, ((Number) unnamed.get("anon_1")).longValue());

        Subquery counts = session.query(Address_.userId, count().label("address_count"))
                .groupBy(Address_.userId).subquery("adr_count");
        List<Row> withCounts = session.query(User.class, counts.c("address_count"))
                .outerJoin(counts, User_.id.eq(counts.c("user_id"))).orderBy(User_.id).all();
        assertEquals(1L, ((Number) withCounts.get(0).get("address_count")).longValue());
        assertNull(withCounts.get(3).get("address_count"));

        assertEquals(List.of("wendy"), names(session.query(User.class).filter(User_.id.in(
                select(Address_.userId).where(Address_.emailAddress.endsWith("@aol.com")))).all()));
        assertEquals(List.of("fred"), names(session.query(User.class)
                .filter(func("lower", STRING, User_.fullname).eq("fred flinstone")).all()));
    }

    @Test
    void intLiteralsCompareWithLongExpressions() {
        List<Row> rows = session.query(User_.name, count(Address_.id).label("n")).join(User_.addresses)
                .groupBy(User_.name).having(count(Address_.id).gt(1)).all();
        assertEquals(1, rows.size());
        assertEquals("wendy", rows.get(0).get("name"));
        Long willId = session.query(User.class).filterBy("name", "will").one().id;
        assertEquals(List.of("will"), names(session.query(User.class).filter(User_.id.eq(willId.intValue())).all()));
        assertEquals(3, session.query(User.class).filter(User_.age.ge(25)).all().size());
        TypeMismatchException e = assertThrows(TypeMismatchException.class, () -> User_.name.gt(1));
        assertTrue(e.getMessage().contains("User.name"), e.getMessage());
    }

    @Test
    void oneOnAnAggregateAddsNoLimit() {
        recorder.clear();
        Row r = session.query(count().label("n"), max(User_.age).label("oldest")).one();
        assertEquals(4L, ((Number) r.get("n")).longValue());
        assertEquals(40, ((Number) r.get("oldest")).intValue());
        String aggregate = recorder.starting("SELECT").get(0).sql().toUpperCase(java.util.Locale.ROOT);
        assertFalse(aggregate.contains("LIMIT") || aggregate.contains("FETCH") || aggregate.contains("ROWS"), aggregate);

        recorder.clear();
        session.query(User.class).filterBy("name", "fred").one();
        String entity = recorder.starting("SELECT").get(0).sql().toUpperCase(java.util.Locale.ROOT);
        assertTrue(entity.contains("LIMIT") || entity.contains("FETCH"), "one() of entities fetches at most two: " + entity);
    }

    @Test
    void noResultFoundShowsTheParametersUnlessHidden() {
        NoResultFoundException e = assertThrows(NoResultFoundException.class,
                () -> session.query(User.class).filter(User_.name.eq("nobody@example.com")).one());
        assertTrue(e.getMessage().contains(":name_1"), e.getMessage());
        assertTrue(e.getMessage().contains("[parameters: {'name_1': 'nobody@example.com'}]"), e.getMessage());

        try (dev.retort.engine.Engine hidden = dev.retort.engine.Engine.builder(database().url()).hideParameters(true).build();
                Session s = dev.retort.Retort.sessionmaker(hidden).open()) {
            OrmBase_.metadata().createAll(hidden);
            NoResultFoundException h = assertThrows(NoResultFoundException.class,
                    () -> s.query(User.class).filter(User_.name.eq("secret@example.com")).one());
            assertFalse(h.getMessage().contains("secret@example.com"), h.getMessage());
            assertTrue(h.getMessage().contains("[SQL parameters hidden due to hide_parameters=True]"), h.getMessage());
        }
    }

    @Test
    void bulkUpdateAndDeleteKeepTheSessionInStep() {
        User wendy = session.query(User.class).filterBy("name", "wendy").one();
        int n = session.query(User.class).filter(User_.name.eq("wendy")).update(Map.of("fullname", "W. Williams"));
        assertEquals(1, n);
        assertEquals("W. Williams", wendy.fullname, "the loaded object got the new value");
        assertFalse(session.isModified(wendy));
        assertEquals(2, session.query(User.class).filter(User_.age.lt(30)).update(Map.of("age", 30)));
        assertEquals(30, wendy.age);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> session.query(User.class).update(Map.of("nope", 1)));
        assertTrue(e.getMessage().contains("[id, name, fullname, password, age]"), e.getMessage());

        User fred = session.query(User.class).filterBy("name", "fred").one();
        assertEquals(1, session.query(User.class).filter(User_.name.eq("fred")).delete());
        assertFalse(session.contains(fred));
        session.commit();
        assertEquals(List.of("W. Williams"), scalars(select(User_.fullname).where(User_.name.eq("wendy"))));
        assertEquals(3L, rowsIn("users"));
    }

    @Test
    void streamLoadsAsItReads() {
        try (Stream<User> s = session.query(User.class).orderBy(User_.id).stream()) {
            assertEquals(List.of("will", "wendy"), s.limit(2).map(u -> u.name).collect(Collectors.toList()));
        }
        assertEquals(4, session.query(User.class).stream().count());
    }
}
