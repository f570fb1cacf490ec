package dev.retort.it.backref;

import static dev.retort.Retort.sessionmaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A backref side with no field still joins and filters. */
class BackrefSessionTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void theFieldlessSideJoins(Database database) {
        try (Engine engine = database.newEngine()) {
            Base_.metadata().dropAll(engine);
            Base_.metadata().createAll(engine);
            try {
                SessionFactory factory = sessionmaker(engine);
                Long parentId;
                try (Session session = factory.open()) {
                    Parent p = new Parent();
                    Parent other = new Parent();
                    Child c = new Child();
                    p.children.add(c);
                    session.addAll(List.of(p, other));
                    session.commit();
                    parentId = p.id;
                }
                try (Session session = factory.open()) {
                    List<Child> children = session.query(Child.class).join(Child_.parents)
                            .filter(Parent_.id.eq(parentId)).all();
                    assertEquals(1, children.size());
                    assertEquals(List.of(), session.query(Child.class).join(Child_.parents)
                            .filter(Parent_.id.ne(parentId)).all());
                }
            } finally {
                Base_.metadata().dropAll(engine);
            }
        }
    }
}
