package dev.retort.orm.internal;

import dev.retort.engine.Connection;
import dev.retort.orm.mapping.EntityMapper;

/**
 * Keys from a sequence, assigned by the flush before the INSERT: SQLAlchemy pre-executes a
 * column's {@code Sequence} the same way, and Hibernate's pooled optimizers do it a block at a
 * time. The value comes from the engine's block of the sequence
 * ({@link Connection#nextPooledValue}), so a flush of N new objects costs N / allocation-size
 * round trips for keys and its INSERTs go in JDBC batches even where a batch cannot return
 * generated keys. A key the application set is kept. The object before the flush is restored by
 * {@link Flush#restore()} if the flush fails (the values drawn are then skipped: gaps, never
 * duplicates).
 */
final class SequenceKeys {
    private SequenceKeys() {}

    /**
     * Draws the next key of {@code plan}'s sequence and writes it into the row values {@code v}
     * and, for a mutable object, into the object; a record gets a keyed copy from the caller.
     */
    static void assign(Connection connection, MapperPlan<Object> plan, EntityState s, Object[] v) {
        EntityMapper<Object> m = s.mapper;
        int auto = plan.autoincrement;
        Object key = m.attributes().get(auto).type().coerce(connection.nextPooledValue(plan.sequence),
                "the key from " + plan.sequence);
        v[auto] = key;
        if (!m.isImmutable()) {
            m.set(s.object(), auto, key);
        }
    }
}
