package dev.retort.it.posts;

import static dev.retort.Retort.sessionmaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.retort.engine.Engine;
import dev.retort.engine.Row;
import dev.retort.it.support.Database;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 004's users and posts, and the generated named-query methods run by a session. */
class PostsSessionTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void postsOrderedByIdAndNamedQueries(Database database) {
        try (Engine engine = database.newEngine()) {
            Base_.metadata().dropAll(engine);
            Base_.metadata().createAll(engine);
            try {
                SessionFactory factory = sessionmaker(engine);
                try (Session session = factory.open()) {
                    User alice = new User();
                    alice.name = "Alice";
                    alice.age = 25;
                    User bob = new User();
                    bob.name = "Bob";
                    bob.age = 31;
                    for (String title : List.of("first", "second", "third")) {
                        Post p = new Post();
                        p.title = title;
                        p.user = alice;
                        alice.posts.add(p);
                    }
                    session.addAll(List.of(alice, bob));
                    session.commit();
                }
                try (Session session = factory.open()) {
                    List<User> found = User_.byName(session, "Alice");
                    assertEquals(1, found.size());
                    User alice = found.get(0);
                    assertSame(alice, session.query(User.class).filterBy("name", "Alice").one());
                    assertEquals(List.of("first", "second", "third"),
                            alice.posts.stream().map(p -> p.title).toList());
                    List<Row> older = User_.olderThan(session, 20);
                    assertEquals(List.of("Alice", "Bob"), older.stream().map(r -> r.get("name")).toList());
                    alice.age = 26;
                    session.commit();
                    assertEquals(List.of("Bob"), User_.olderThan(session, 30).stream().map(r -> r.get("name")).toList());
                }
            } finally {
                Base_.metadata().dropAll(engine);
            }
        }
    }
}
