package dev.retort.it.seed;

import static dev.retort.Retort.sessionmaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tutorial's session work on the processor-generated mappers of User and Address. */
class SeedSessionTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void tutorialRoundTrip(Database database) {
        try (Engine engine = database.newEngine()) {
            Base_.metadata().dropAll(engine);
            Base_.metadata().createAll(engine);
            try {
                SessionFactory factory = sessionmaker(engine);
                Long edId;
                try (Session session = factory.open()) {
                    User ed = new User("ed", "Ed Jones", "edspassword");
                    Address jack = new Address();
                    jack.emailAddress = "ed@google.com";
                    jack.user = ed;
                    Address second = new Address();
                    second.emailAddress = "ed@yahoo.com";
                    second.user = ed;
                    ed.addresses.add(jack);
                    ed.addresses.add(second);
                    session.add(ed);
                    User same = session.query(User.class).filterBy("name", "ed").first();
                    assertSame(ed, same);
                    assertNotNull(ed.id);
                    assertEquals(ed.id, jack.userId);
                    ed.password = "f8s7ccs";
                    session.commit();
                    edId = ed.id;
                }
                try (Session session = factory.open()) {
                    User ed = session.get(User.class, edId);
                    assertEquals("f8s7ccs", ed.password);
                    assertEquals(List.of("ed@google.com", "ed@yahoo.com"),
                            ed.addresses.stream().map(a -> a.emailAddress).toList());
                    assertSame(ed, ed.addresses.get(0).user);
                    List<User> viaJoin = session.query(User.class).join(User_.addresses)
                            .filter(Address_.emailAddress.like("%@yahoo.com")).all();
                    assertEquals(List.of(ed), viaJoin);
                    session.delete(ed.addresses.get(1));
                    session.commit();
                }
                try (Session session = factory.open()) {
                    assertEquals(1, session.query(Address.class).count());
                }
            } finally {
                Base_.metadata().dropAll(engine);
            }
        }
    }
}
