package dev.retort.orm.internal;

import dev.retort.orm.mapping.EntityMapper;

/**
 * The identity of a persistent object: its mapper and primary key (a value, or an immutable list
 * for a composite key). Equal keys mean the same row, so the same object within a session.
 */
public record EntityKey(EntityMapper<?> mapper, Object id) {
    // equals and hashCode written out: a record's generated ones are bootstrapped through
    // invokedynamic (ObjectMethods) on first use, some milliseconds of a cold start

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof EntityKey && mapper.equals(((EntityKey) o).mapper)
                && java.util.Objects.equals(id, ((EntityKey) o).id);
    }

    @Override
    public int hashCode() {
        return 31 * mapper.hashCode() + java.util.Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return mapper.entityName() + "(" + id + ")";
    }
}
