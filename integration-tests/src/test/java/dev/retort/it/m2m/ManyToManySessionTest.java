package dev.retort.it.m2m;

import static dev.retort.Retort.sessionmaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.sql.Table;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 000's many-to-many through the generated association table. */
class ManyToManySessionTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void linksAreRowsOfTheAssociationTable(Database database) {
        try (Engine engine = database.newEngine()) {
            Base_.metadata().dropAll(engine);
            Base_.metadata().createAll(engine);
            try {
                SessionFactory factory = sessionmaker(engine);
                Long parentId;
                try (Session session = factory.open()) {
                    Parent p = new Parent();
                    Child a = new Child();
                    Child b = new Child();
                    p.children.add(a);
                    p.children.add(b);
                    session.add(p);
                    session.commit();
                    parentId = p.id;
                }
                Table association = Base_.metadata().getTable("association");
                try (Connection conn = engine.connect()) {
                    assertEquals(2L, ((Number) conn.execute(dev.retort.Retort.select(
                            dev.retort.sql.Expressions.count()).selectFrom(association)).scalar()).longValue());
                }
                try (Session session = factory.open()) {
                    Parent p = session.get(Parent.class, parentId);
                    assertEquals(2, p.children.size());
                    for (Child c : p.children) {
                        assertEquals(List.of(p), c.parents);
                    }
                }
            } finally {
                Base_.metadata().dropAll(engine);
            }
        }
    }
}
