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
 * {@code META-INF/services/dev.retort.orm.mapping.MappedBase}. Thread-safe.
 *
 * <p>A discovered registry reads each mapper when first needed: looking up a class initializes
 * only its own metamodel, found through the bases it belongs to (its {@link MappedBase#baseType()},
 * {@link MappedBase#mapperOf}), so an application's first query does not build the metamodel of
 * every entity on the class path. Asking
 * for every mapper ({@link #mappers()}, {@link #findByName}, {@link #toString()}) reads them all.
 */
public final class MapperRegistry {
    /** Everything read so far; replaced, never changed, when a base is read. */
    private volatile Mappers read;
    /** The discovered bases not read yet; guarded by {@code this}. */
    private final List<MappedBase> unread;
    /** Whether every base has been read ({@link #unread} is empty). */
    private volatile boolean complete;

    private MapperRegistry(Collection<? extends EntityMapper<?>> mappers) {
        this.read = Mappers.EMPTY.plus(mappers);
        this.unread = new ArrayList<>();
        this.complete = true;
    }

    private MapperRegistry(List<MappedBase> bases) {
        this.read = Mappers.EMPTY;
        this.unread = new ArrayList<>(bases);
        this.complete = bases.isEmpty();
    }

    /** A registry of the given mappers; used by generated {@code Base_} classes. */
    public static MapperRegistry of(EntityMapper<?>... mappers) {
        return new MapperRegistry(List.of(mappers));
    }

    /** The union of several registries. */
    public static MapperRegistry combine(Collection<MapperRegistry> registries) {
        List<EntityMapper<?>> all = new ArrayList<>();
        for (MapperRegistry r : registries) {
            all.addAll(r.mappers());
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
        List<MappedBase> bases = new ArrayList<>();
        for (MappedBase base : ServiceLoader.load(MappedBase.class, loader)) {
            bases.add(base);
        }
        return new MapperRegistry(bases);
    }

    /** Whether this registry was given no mapper and found no declarative base (reads no base). */
    public boolean isEmpty() {
        synchronized (this) {
            return read.byClass.isEmpty() && unread.isEmpty();
        }
    }

    /**
     * The mapper of {@code type} from the unread bases, or {@code null}. Only that entity's mapper
     * is read (its base stays unread for {@link #all()}). The bases {@code type} belongs to are
     * asked first, all of them, so a class two bases map is an error here as when the bases are
     * read whole; a class that belongs to none (mapped classically, {@code @Table(maps = ...)}) is
     * then looked for in every base.
     */
    private EntityMapper<?> readFor(Class<?> type) {
        synchronized (this) {
            EntityMapper<?> found = read.byClass.get(type);
            if (found != null) {
                return found;
            }
            List<EntityMapper<?>> more = new ArrayList<>(1);
            for (MappedBase base : unread) {
                if (base.baseType().isAssignableFrom(type)) {
                    lookUp(base, type, more);
                }
            }
            if (more.isEmpty()) {
                for (MappedBase base : unread) {
                    if (!base.baseType().isAssignableFrom(type)) {
                        lookUp(base, type, more);
                    }
                }
            }
            if (more.isEmpty()) {
                return null;
            }
            read = read.plus(more);
            return read.byClass.get(type);
        }
    }

    private static void lookUp(MappedBase base, Class<?> type, List<EntityMapper<?>> into) {
        EntityMapper<?> m = base.mapperOf(type);
        if (m != null && m.entityType() == type) { // not a class of the same name elsewhere
            into.add(m);
        }
    }

    /** Everything, every base read. */
    private Mappers all() {
        if (complete) {
            return read;
        }
        synchronized (this) {
            for (java.util.Iterator<MappedBase> it = unread.iterator(); it.hasNext();) {
                read = read.plus(it.next().getRegistry().mappers());
                it.remove();
            }
            complete = true;
            return read;
        }
    }

    /**
     * The mapper of {@code type}.
     *
     * @throws InvalidRequestException naming the mapped classes when {@code type} is not one
     */
    @SuppressWarnings("unchecked")
    public <E> EntityMapper<E> mapper(Class<E> type) {
        EntityMapper<?> m = read.byClass.get(type);
        if (m == null && (m = readFor(type)) == null) {
            throw new InvalidRequestException("Class " + type.getName() + " is not mapped: annotate it with @Table"
                    + " and make it implement a @DeclarativeBase type (mapped classes: " + names() + ")");
        }
        return (EntityMapper<E>) m;
    }

    /** The mapper of {@code type}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public <E> EntityMapper<E> find(Class<E> type) {
        EntityMapper<?> m = read.byClass.get(type);
        return (EntityMapper<E>) (m != null ? m : readFor(type));
    }

    /** The mapper of the class with simple name {@code name}, or {@code null}. */
    public EntityMapper<?> findByName(String name) {
        return all().byName.get(name);
    }

    /** Every mapper. */
    public Collection<EntityMapper<?>> mappers() {
        return all().byClass.values();
    }

    private List<String> names() {
        List<String> n = new ArrayList<>();
        for (Class<?> c : all().byClass.keySet()) {
            n.add(c.getSimpleName());
        }
        return n;
    }

    @Override
    public String toString() {
        return "MapperRegistry" + names();
    }

    /** An immutable snapshot of mappers by class and by name. */
    private static final class Mappers {
        static final Mappers EMPTY = new Mappers(Collections.emptyMap(), Collections.emptyMap());

        final Map<Class<?>, EntityMapper<?>> byClass;
        final Map<String, EntityMapper<?>> byName;

        private Mappers(Map<Class<?>, EntityMapper<?>> byClass, Map<String, EntityMapper<?>> byName) {
            this.byClass = byClass;
            this.byName = byName;
        }

        /** These and {@code more}; a class mapped twice (by two declarative bases) is an error. */
        Mappers plus(Collection<? extends EntityMapper<?>> more) {
            Map<Class<?>, EntityMapper<?>> m = new LinkedHashMap<>(byClass);
            Map<String, EntityMapper<?>> n = new HashMap<>(byName);
            for (EntityMapper<?> mapper : more) {
                EntityMapper<?> previous = m.put(mapper.entityType(), mapper);
                if (previous != null && previous != mapper) {
                    throw new InvalidRequestException("Class " + mapper.entityType().getName()
                            + " is mapped twice, by two declarative bases");
                }
                n.putIfAbsent(mapper.entityName(), mapper);
            }
            return new Mappers(Collections.unmodifiableMap(m), n);
        }
    }
}
