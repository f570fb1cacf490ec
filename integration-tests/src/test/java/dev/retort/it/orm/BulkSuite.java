package dev.retort.it.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.engine.Row;
import dev.retort.exc.UnmappedInstanceException;
import dev.retort.orm.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's "bulk insert & update" operations: 10,000 customers, then the chunked flush. */
abstract class BulkSuite extends OrmFixture {
    private static final int NUM = 10_000;

    @Test
    void bulkInsertMappingsThenChunkedFlushUpdatesEveryRow() {
        try (Session s = Session.open()) {
            for (int chunk = 0; chunk < NUM; chunk += 10_000) {
                List<Map<String, Object>> mappings = new ArrayList<>(10_000);
                for (int i = chunk; i < chunk + 10_000; i++) {
                    mappings.add(Map.of("name", "customer name " + i, "description", "customer description " + i));
                }
                assertEquals(10_000, s.bulkInsertMappings(Customer.class, mappings));
            }
            s.commit();
        }
        assertTrue(recorder.starting("INSERT").stream().allMatch(Recorder.Statement::manyRows), "bulk inserts are batched");
        assertEquals(NUM, rowsIn("customer"));
        // Keys rise with the insertion order but need not be 1..NUM: InnoDB may leave gaps
        // between the batches of a bulk insert. The chunks follow the keys there are.
        long base;
        long last;
        try (Connection conn = engine.connect()) {
            List<Row> ids = conn.execute(select(Customer_.id).orderBy(Customer_.id)).fetchAll();
            base = (Long) ids.get(0).get(0) - 1;
            last = (Long) ids.get(ids.size() - 1).get(0);
        }

        recorder.clear();
        try (Session session = Session.open()) {
            for (long chunk = base; chunk < last; chunk += 1000) {
                List<Customer> customers = session.query(Customer.class)
                        .filter(Customer_.id.between(chunk, chunk + 1000)).all();
                for (Customer customer : customers) {
                    customer.description += "updated";
                }
                session.flush();
            }
            session.commit();
        }
        List<Recorder.Statement> updates = recorder.starting("UPDATE customer SET description=? WHERE customer.id = ?");
        assertTrue(updates.size() <= 20, "each chunk's updates go in one batch: " + updates.size() + " statements");
        try (Connection conn = engine.connect()) {
            int n = 0;
            for (Row row : conn.execute(select(Customer_.id, Customer_.name, Customer_.description).orderBy(Customer_.id))) {
                long id = (Long) row.get(0);
                int i = n;
                assertEquals("customer name " + i, row.get(1));
                // between() is inclusive, as in the seed: ids 1000, 2000, ... 9000 (from base) fall in two chunks
                String suffix = (id - base) % 1000 == 0 && id < last ? "updatedupdated" : "updated";
                assertEquals("customer description " + i + suffix, row.get(2), "row " + id);
                n++;
            }
            assertEquals(NUM, n);
        }
    }

    @Test
    void bulkUpdateMappingsUpdatesByPrimaryKey() {
        try (Session s = Session.open()) {
            s.bulkInsertMappings(Customer.class, List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c")));
            s.commit();
            List<Map<String, Object>> updates = List.of(Map.of("id", 1L, "description", "first"),
                    Map.of("id", 3L, "description", "third", "name", "C"));
            assertEquals(2, s.bulkUpdateMappings(Customer.class, updates));
            s.commit();
        }
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(Customer_.name, Customer_.description).orderBy(Customer_.id)).fetchAll();
            assertEquals("(a, first)".replace("(", "('").replace(", ", "', '").replace(")", "')"), rows.get(0).toString());
            assertEquals("b", rows.get(1).get(0));
            assertEquals(null, rows.get(1).get(1));
            assertEquals("C", rows.get(2).get(0));
            assertEquals("third", rows.get(2).get(1));
        }
    }

    @Test
    void bulkInsertWritesObjectsInOrderWithoutAddingThemToTheSession() {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Customer c = new Customer();
            c.name = "customer " + i;
            c.description = i % 2 == 0 ? null : "odd";
            customers.add(c);
        }
        try (Session s = Session.open()) {
            assertEquals(2500, s.bulkInsert(customers));
            assertTrue(s.newObjects().isEmpty());
            assertTrue(customers.stream().noneMatch(s::contains), "the objects are not in the session");
            assertTrue(customers.stream().allMatch(c -> c.id == null), "keys are not read back");
            s.commit();
        }
        List<Recorder.Statement> inserts = recorder.starting("INSERT");
        assertTrue(inserts.stream().allMatch(Recorder.Statement::manyRows), "bulk inserts are batched");
        assertEquals(3, inserts.size(), "batches of at most 1000 rows: " + inserts.size());
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(Customer_.name, Customer_.description).orderBy(Customer_.id)).fetchAll();
            assertEquals(2500, rows.size());
            for (int i = 0; i < 2500; i++) {
                assertEquals("customer " + i, rows.get(i).get(0));
                assertEquals(i % 2 == 0 ? null : "odd", rows.get(i).get(1));
            }
        }
    }

    @Test
    void bulkInsertAppliesDefaultsWithoutChangingTheObjectsAndKeepsTheOrderAcrossClasses() {
        Tag plain = new Tag("plain");
        Tag ranked = new Tag("ranked");
        ranked.rank = 3;
        Customer c = new Customer();
        c.name = "between";
        Product p = new Product();
        p.reference = java.util.UUID.randomUUID();
        p.name = "widget";
        try (Session s = Session.open()) {
            assertEquals(5, s.bulkInsert(List.of(plain, c, ranked, p, new Tag("last"))));
            s.commit();
        }
        assertEquals(0L, plain.id, "the generated key is not read back");
        assertEquals(null, plain.rank, "the server default is not read back");
        assertEquals(null, p.status, "the client default is not set on the object");
        assertEquals(0, p.version);
        try (Connection conn = engine.connect()) {
            List<Row> tags = conn.execute(select(Tag_.label, Tag_.rank).orderBy(Tag_.id)).fetchAll();
            assertEquals(List.of("plain", "ranked", "last"), tags.stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.toList()));
            assertEquals(7, ((Number) tags.get(0).get(1)).intValue(), "a null column with a server default gets it");
            assertEquals(3, ((Number) tags.get(1).get(1)).intValue());
            Row product = conn.execute(select(Product_.name, Product_.status, Product_.active, Product_.version)).one();
            assertEquals("widget", product.get(0));
            assertEquals(Status.NEW, product.get(1), "the client default is inserted");
            assertEquals(Boolean.TRUE, product.get(2));
            assertEquals(1, ((Number) product.get(3)).intValue(), "a new row's version is 1");
            assertEquals("between", conn.execute(select(Customer_.name)).scalar());
        }
    }

    @Test
    void bulkInsertOfAnUnmappedObjectRaisesBeforeAnyRowIsSent() {
        Customer c = new Customer();
        c.name = "kept out";
        try (Session s = Session.open()) {
            assertThrows(UnmappedInstanceException.class, () -> s.bulkInsert(List.of(c, "not mapped")));
            s.commit();
        }
        assertEquals(0, rowsIn("customer"));
        assertEquals(List.of(), recorder.starting("INSERT"));
    }
}
