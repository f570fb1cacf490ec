package dev.retort.orm.internal;

import dev.retort.dialect.Dialect;
import dev.retort.orm.mapping.EntityMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link MapperPlan}s of one session factory, for its engine's dialect. Thread-safe. */
public final class PlanCache {
    private final Dialect dialect;
    private final Map<EntityMapper<?>, MapperPlan<?>> plans = new ConcurrentHashMap<>();

    /** An empty cache of plans compiled for {@code dialect}. */
    public PlanCache(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect the plans are compiled for. */
    public Dialect dialect() {
        return dialect;
    }

    @SuppressWarnings("unchecked")
    <E> MapperPlan<E> plan(EntityMapper<E> mapper) {
        MapperPlan<?> p = plans.get(mapper);
        if (p == null) {
            p = plans.computeIfAbsent(mapper, m -> new MapperPlan<>(m, dialect));
        }
        return (MapperPlan<E>) p;
    }
}
