package dev.retort.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.MappedBase;
import dev.retort.orm.mapping.MapperRegistry;
import dev.retort.sql.MetaData;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A discovered registry reads a declarative base's mappers only when a class of that base is
 * looked up, or when every mapper is asked for: the first query of an application does not build
 * the metamodel of every base on the class path.
 */
public class LazyDiscoveryTest {
    static final AtomicInteger SEED_READS = new AtomicInteger();
    static final AtomicInteger POSTS_READS = new AtomicInteger();
    static final AtomicInteger SEED_LOOKUPS = new AtomicInteger();

    /** The seed model's base, counting how often its mappers are read. */
    public static final class CountingSeedBase implements MappedBase {
        private final MappedBase base = new dev.retort.it.seed.Base_();

        @Override
        public Class<?> baseType() {
            return base.baseType();
        }

        @Override
        public MetaData getMetadata() {
            return base.getMetadata();
        }

        @Override
        public MapperRegistry getRegistry() {
            SEED_READS.incrementAndGet();
            return base.getRegistry();
        }

        @Override
        public EntityMapper<?> mapperOf(Class<?> type) {
            SEED_LOOKUPS.incrementAndGet();
            return base.mapperOf(type);
        }
    }

    /**
     * The posts model's base, counting how often its mappers are read; it does not override
     * {@link MappedBase#mapperOf}, as a base compiled by an earlier processor would not.
     */
    public static final class CountingPostsBase implements MappedBase {
        private final MappedBase base = new dev.retort.it.posts.Base_();

        @Override
        public Class<?> baseType() {
            return base.baseType();
        }

        @Override
        public MetaData getMetadata() {
            return base.getMetadata();
        }

        @Override
        public MapperRegistry getRegistry() {
            POSTS_READS.incrementAndGet();
            return base.getRegistry();
        }
    }

    /** Lists the two counting bases as the only {@code MappedBase} services. */
    private static ClassLoader loaderListingTheCountingBases() throws IOException {
        Path services = Files.createTempFile("retort-mapped-base", ".services");
        services.toFile().deleteOnExit();
        Files.writeString(services, CountingSeedBase.class.getName() + "\n" + CountingPostsBase.class.getName() + "\n",
                StandardCharsets.UTF_8);
        URL url = services.toUri().toURL();
        return new ClassLoader(LazyDiscoveryTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + MappedBase.class.getName())
                        ? Collections.enumeration(java.util.List.of(url)) : super.getResources(name);
            }
        };
    }

    @Test
    void aLookupReadsOnlyTheMapperOfItsClass() throws IOException {
        SEED_READS.set(0);
        POSTS_READS.set(0);
        SEED_LOOKUPS.set(0);
        MapperRegistry registry = MapperRegistry.discover(loaderListingTheCountingBases());
        assertEquals(0, SEED_READS.get() + POSTS_READS.get() + SEED_LOOKUPS.get(), "discovery reads no base");
        assertFalse(registry.isEmpty());

        assertSame(dev.retort.it.seed.User_.MAPPER, registry.mapper(dev.retort.it.seed.User.class));
        assertSame(dev.retort.it.seed.Address_.MAPPER, registry.find(dev.retort.it.seed.Address.class));
        assertSame(dev.retort.it.seed.User_.MAPPER, registry.mapper(dev.retort.it.seed.User.class));
        assertEquals(2, SEED_LOOKUPS.get(), "one lookup in the base per class, then the registry answers");
        assertEquals(0, SEED_READS.get(), "the seed base's registry (every metamodel of it) is not read");
        assertEquals(0, POSTS_READS.get(), "the posts model is not read for a seed class");

        assertSame(dev.retort.it.posts.User_.MAPPER, registry.mapper(dev.retort.it.posts.User.class));
        assertEquals(0, SEED_READS.get());
        assertEquals(1, POSTS_READS.get(), "a base without mapperOf is read as a whole");
        assertTrue(registry.mappers().contains(dev.retort.it.posts.User_.MAPPER));
        assertTrue(registry.mappers().contains(dev.retort.it.seed.Address_.MAPPER));
        assertEquals(1, SEED_READS.get(), "asking for every mapper reads the rest of the base, once");
        assertEquals(2, POSTS_READS.get());
        registry.mappers();
        assertEquals(1, SEED_READS.get(), "each base is read whole once");
        assertEquals(2, POSTS_READS.get(), "each base is read whole once");
    }

    @Test
    void theGeneratedLookupAnswersOnlyForItsOwnEntities() {
        MappedBase seed = new dev.retort.it.seed.Base_();
        assertSame(dev.retort.it.seed.User_.MAPPER, seed.mapperOf(dev.retort.it.seed.User.class));
        assertNull(seed.mapperOf(dev.retort.it.posts.User.class), "another base's class of the same simple name");
        assertNull(seed.mapperOf(String.class));
        for (EntityMapper<?> m : seed.getRegistry().mappers()) {
            assertSame(m, seed.mapperOf(m.entityType()), m.entityName());
        }
    }

    @Test
    void askingForEveryMapperReadsEveryBase() throws IOException {
        SEED_READS.set(0);
        POSTS_READS.set(0);
        MapperRegistry registry = MapperRegistry.discover(loaderListingTheCountingBases());
        assertTrue(registry.mappers().contains(dev.retort.it.seed.User_.MAPPER));
        assertTrue(registry.mappers().contains(dev.retort.it.posts.User_.MAPPER));
        assertEquals(1, SEED_READS.get());
        assertEquals(1, POSTS_READS.get());
        assertSame(dev.retort.it.seed.User_.MAPPER, registry.mapper(dev.retort.it.seed.User.class));
        assertEquals(2, SEED_READS.get() + POSTS_READS.get(), "nothing is read twice");
    }

    @Test
    void anUnmappedClassIsRefusedNamingEveryMappedClass() throws IOException {
        MapperRegistry registry = MapperRegistry.discover(loaderListingTheCountingBases());
        assertNull(registry.find(String.class));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> registry.mapper(String.class));
        assertTrue(e.getMessage().startsWith("Class java.lang.String is not mapped: annotate it with @Table"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Address") && e.getMessage().contains("Post"), e.getMessage());
    }
}
