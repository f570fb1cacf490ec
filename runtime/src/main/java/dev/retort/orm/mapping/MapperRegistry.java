package dev.retort.orm.mapping;

import dev.retort.exc.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The mappers of a set of mapped classes, by class. {@code Base_.registry()} returns one per
 * declarative base; {@link #discover()} combines every base listed in
 * {@code META-INF/services/dev.retort.orm.mapping.MappedBase}. Immutable.
 */
public final class MapperRegistry {
    private final Map<Class<?>, EntityMapper<?>> byClass;
    private final Map<String, EntityMapper<?>> byName;

    private MapperRegistry(Collection<? extends EntityMapper<?>> mappers) {
        Map<Class<?>, EntityMapper<?>> m = new LinkedHashMap<>();
        Map<String, EntityMapper<?>> n = new HashMap<>();
        for (EntityMapper<?> mapper : mappers) {
            EntityMapper<?> previous = m.put(mapper.entityType(), mapper);
            if (previous != null && previous != mapper) {
                throw new InvalidRequestException("Class " + mapper.entityType().getName()
                        + " is mapped twice, by two declarative bases");
            }
            n.putIfAbsent(mapper.entityName(), mapper);
        }
        this.byClass = Collections.unmodifiableMap(m);
        this.byName = n;
    }

    /** A registry of the given mappers; used by generated {@code Base_} classes. */
    public static MapperRegistry of(EntityMapper<?>... mappers) {
        return new MapperRegistry(List.of(mappers));
    }

    /** The union of several registries. */
    public static MapperRegistry combine(Collection<MapperRegistry> registries) {
        List<EntityMapper<?>> all = new ArrayList<>();
        for (MapperRegistry r : registries) {
            all.addAll(r.byClass.values());
        }
        return new MapperRegistry(all);
    }

    /**
     * Every declarative base on the class path, through {@link ServiceLoader} over the
     * {@code META-INF/services} entries the processor writes (no scanning).
     */
    public static MapperRegistry discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /** As {@link #discover()}, with an explicit class loader. */
    public static MapperRegistry discover(ClassLoader loader) {
        List<MapperRegistry> found = new ArrayList<>();
        for (MappedBase base : ServiceLoader.load(MappedBase.class, loader)) {
            found.add(base.getRegistry());
        }
        return combine(found);
    }

    /**
     * The mapper of {@code type}.
     *
     * @throws InvalidRequestException naming the mapped classes when {@code type} is not one
     */
    @SuppressWarnings("unchecked")
    public <E> EntityMapper<E> mapper(Class<E> type) {
        EntityMapper<?> m = byClass.get(type);
        if (m == null) {
            throw new InvalidRequestException("Class " + type.getName() + " is not mapped: annotate it with @Table"
                    + " and make it implement a @DeclarativeBase type (mapped classes: " + names() + ")");
        }
        return (EntityMapper<E>) m;
    }

    /** The mapper of {@code type}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public <E> EntityMapper<E> find(Class<E> type) {
        return (EntityMapper<E>) byClass.get(type);
    }

    /** The mapper of the class with simple name {@code name}, or {@code null}. */
    public EntityMapper<?> findByName(String name) {
        return byName.get(name);
    }

    /** Every mapper. */
    public Collection<EntityMapper<?>> mappers() {
        return byClass.values();
    }

    private List<String> names() {
        List<String> n = new ArrayList<>();
        for (Class<?> c : byClass.keySet()) {
            n.add(c.getSimpleName());
        }
        return n;
    }

    @Override
    public String toString() {
        return "MapperRegistry" + names();
    }
}
