package dev.retort.it.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code GeneratedMapper} answers for the generated mappers, which no longer write
 * {@code primaryKey} (but for a primitive generated key) and {@code applyDefaults}: no database.
 */
class GeneratedMapperDefaultsTest {
    @Test
    void primaryKeyIsTheKeyColumnsValueOrNullWhileUnset() {
        Product p = new Product();
        assertNull(Product_.MAPPER.primaryKey(p));
        p.id = 7L;
        assertEquals(7L, Product_.MAPPER.primaryKey(p));
    }

    @Test
    void compositeKeyIsAListOfTheValuesOrNullWhileAnyIsUnset() {
        Shipment s = new Shipment(null, 42, "Oslo");
        assertNull(Shipment_.MAPPER.primaryKey(s));
        s.carrier = "DHL";
        assertEquals(List.of("DHL", 42), Shipment_.MAPPER.primaryKey(s));
    }

    @Test
    void defaultsFillOnlyNullFields() {
        Product p = new Product();
        Product_.MAPPER.applyDefaults(p);
        assertSame(Status.NEW, p.status);
        assertEquals(Boolean.TRUE, p.active);

        Product q = new Product();
        q.status = Status.PAID;
        q.active = false;
        Product_.MAPPER.applyDefaults(q);
        assertSame(Status.PAID, q.status);
        assertEquals(Boolean.FALSE, q.active);
        assertNull(q.name);
        assertEquals(0, q.stock);
    }
}
