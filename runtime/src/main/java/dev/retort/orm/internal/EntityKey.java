package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;

/**
 * The identity of a persistent object: its mapper and primary key (a value, or an immutable list
 * for a composite key). Equal keys mean the same row, so the same object within a session.
 */
public record EntityKey(EntityMapper<?> mapper, Object id) {
    @Override
    public String toString() {
        return mapper.entityName() + "(" + id + ")";
    }
}
