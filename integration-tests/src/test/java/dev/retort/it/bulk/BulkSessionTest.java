package dev.retort.it.bulk;

import static dev.retort.Retort.sessionmaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.engine.Engine;
import dev.retort.it.support.Database;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 002's bulk insert and the ORM flush that updates what it loaded. */
class BulkSessionTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void bulkInsertThenUpdateThroughTheUnitOfWork(Database database) {
        try (Engine engine = database.newEngine()) {
            Base_.metadata().dropAll(engine);
            Base_.metadata().createAll(engine);
            try {
                SessionFactory factory = sessionmaker(engine);
                try (Session session = factory.open()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        rows.add(Map.of("name", "customer name " + i, "description", "customer description " + i));
                    }
                    session.bulkInsertMappings(Customer.class, rows);
                    session.commit();
                }
                try (Session session = factory.open()) {
                    List<Customer> some = session.query(Customer.class).filter(Customer_.id.between(1L, 10L)).all();
                    assertEquals(10, some.size());
                    for (Customer c : some) {
                        c.description += "updated";
                    }
                    session.commit();
                    assertEquals(10, session.query(Customer.class)
                            .filter(Customer_.description.endsWith("updated")).count());
                    assertEquals(100, session.query(Customer.class).count());
                }
            } finally {
                Base_.metadata().dropAll(engine);
            }
        }
    }
}
