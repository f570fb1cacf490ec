package dev.retort.it.classical;

import static dev.retort.Retort.sessionmaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import dev.retort.orm.mapping.MapperRegistry;
import org.junit.jupiter.api.Test;

/**
 * A classically mapped class belongs to no base's type, so a discovered registry, which reads
 * one class's mapper at a time, must still find it when it is the first class a session uses.
 */
class ClassicalDiscoveryTest {
    @Test
    void aClassicallyMappedClassIsFoundFirst() {
        MapperRegistry registry = MapperRegistry.discover(ClassicalDiscoveryTest.class.getClassLoader());
        assertSame(Base_.registry().mapper(Ledger.class), registry.mapper(Ledger.class));
    }

    @Test
    void aSessionStoresAndLoadsItAsItsFirstClass() {
        try (Engine engine = Engine.create("derby:///memory:classical_discovery;create=true")) {
            try (Connection c = engine.begin()) {
                Base_.metadata().createAll(c);
                c.commit();
            }
            SessionFactory sessions = sessionmaker(engine);
            Long id;
            try (Session session = sessions.open()) {
                Ledger ledger = new Ledger("first");
                session.add(ledger);
                session.commit();
                id = ledger.id;
                assertNotNull(id);
            }
            try (Session session = sessions.open()) {
                assertEquals("first", session.get(Ledger.class, id).title);
            }
        }
    }
}
