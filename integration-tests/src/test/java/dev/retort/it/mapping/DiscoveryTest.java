package dev.retort.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.orm.mapping.MappedBase;
import dev.retort.orm.mapping.MapperRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What the processor writes besides classes: the services entry and the DDL resources. */
class DiscoveryTest {
    static final List<String> BASES = List.of("dev.retort.it.backref.Base", "dev.retort.it.bulk.Base",
            "dev.retort.it.m2m.Base", "dev.retort.it.posts.Base", "dev.retort.it.seed.Base");

    @Test
    void serviceLoaderFindsEveryBase() {
        List<String> found = new ArrayList<>();
        for (MappedBase b : ServiceLoader.load(MappedBase.class)) {
            found.add(b.baseType().getName());
        }
        found.sort(null);
        assertTrue(found.containsAll(BASES), found.toString());
        MapperRegistry all = MapperRegistry.discover();
        assertSame(dev.retort.it.seed.User_.MAPPER, all.mapper(dev.retort.it.seed.User.class));
        assertSame(dev.retort.it.posts.User_.MAPPER, all.mapper(dev.retort.it.posts.User.class));
        assertSame(dev.retort.it.bulk.Customer_.MAPPER, all.mapper(dev.retort.it.bulk.Customer.class));
        for (MappedBase b : ServiceLoader.load(MappedBase.class)) {
            for (var m : b.getRegistry().mappers()) {
                assertSame(m, all.mapper(m.entityType()), "every base's mappers are in the combined registry");
            }
        }
    }

    @Test
    void theDdlOfEveryBaseIsAResourcePerDialect() throws IOException {
        for (String base : BASES) {
            for (Dialect d : Dialects.all()) {
                String path = "META-INF/retort/" + base + "." + d.name() + ".sql";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                    assertNotNull(in, path);
                    String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(ddl.startsWith("CREATE TABLE "), path);
                    assertTrue(ddl.endsWith(");\n") || ddl.endsWith(")\n;\n") || ddl.endsWith(";\n"), path);
                }
            }
        }
    }
}
