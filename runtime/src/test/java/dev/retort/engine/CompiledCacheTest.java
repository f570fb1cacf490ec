package dev.retort.engine;

import static dev.retort.sql.Expressions.bindParam;
import static dev.retort.sql.Expressions.count;
import static dev.retort.sql.Expressions.func;
import static dev.retort.sql.Expressions.literal;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.BindParameterException;
import dev.retort.sql.Alias;
import dev.retort.sql.Column;
import dev.retort.sql.Executable;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.compile.CompiledCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's compiled statement cache: a statement built again with the same structure runs the
 * cached compilation with its own values; statements that differ in anything that changes the SQL
 * never share one. Every outcome is compared with an engine that compiles every time.
 */
class CompiledCacheTest {
    private static Engine cached;
    private static Engine uncached;
    private static Fixtures f;
    private static Fixtures g;

    @BeforeAll
    static void start() {
        cached = Engine.create(Fixtures.MEMORY);
        uncached = Engine.builder(Fixtures.MEMORY).compiledCacheSize(0).build();
        f = Fixtures.schema().populate(cached);
        g = Fixtures.schema().populate(uncached);
    }

    @AfterAll
    static void stop() {
        cached.close();
        uncached.close();
    }

    @BeforeEach
    void empty() {
        cached.compiledCache().clear();
    }

    private static List<List<Object>> rows(Engine engine, Executable statement, Map<String, ?> params) {
        List<List<Object>> out = new ArrayList<>();
        try (Connection conn = engine.connect(); Result r = conn.execute(statement, params)) {
            for (Row row : r) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < r.keys().size(); i++) {
                    values.add(row.get(i));
                }
                out.add(values);
            }
        }
        return out;
    }

    /** Runs {@code build(i)} for each i on both engines (each on its own tables) and compares the rows. */
    private static List<List<List<Object>>> sameAsUncached(int n, IntFunction<Executable> cachedBuild,
            IntFunction<Executable> uncachedBuild) {
        List<List<List<Object>>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<List<Object>> got = rows(cached, cachedBuild.apply(i), Map.of());
            assertEquals(rows(uncached, uncachedBuild.apply(i), Map.of()), got, "statement " + i);
            all.add(got);
        }
        return all;
    }

    @Test
    void theSameQueryWithOtherValuesCompilesOnceAndReturnsItsOwnRows() {
        CompiledCache cache = cached.compiledCache();
        Column<Integer> id = f.users.c("id");
        for (int round = 0; round < 3; round++) {
            for (int key = 1; key <= 3; key++) {
                List<List<Object>> r = rows(cached, select(f.users.c("name")).where(id.eq(key)), Map.of());
                assertEquals(key == 1 ? List.of(List.of("jack")) : key == 2 ? List.of(List.of("wendy")) : List.of(), r);
            }
        }
        assertEquals(1, cache.misses());
        assertEquals(8, cache.hits());
        assertEquals(1, cache.size());
    }

    @Test
    void statementsThatDifferInStructureNeverShareACompilation() {
        Fixtures[] both = {f, g};
        List<IntFunction<Executable>> builds = new ArrayList<>();
        for (Fixtures x : both) {
            Column<Integer> id = x.users.c("id");
            Column<String> name = x.users.c("name");
            Column<String> email = x.addresses.c("email_address");
            builds.add(i -> switch (i) {
                case 0 -> select(name).where(id.eq(1));
                case 1 -> select(x.users.c("fullname")).where(id.eq(1)); // another column
                case 2 -> select(name).where(id.ne(1)); // another operator
                case 3 -> select(name).where(id.gt(0)).orderBy(name.desc()); // order
                case 4 -> select(name).where(id.gt(0)).orderBy(name); // the other direction
                case 5 -> select(name).where(id.gt(0)).orderBy(name).limit(1); // limit
                case 6 -> select(name).where(id.gt(0)).orderBy(name).limit(2).offset(1); // another limit, offset
                case 7 -> select(name, email).join(x.addresses).where(id.eq(1)).orderBy(email); // join
                case 8 -> select(name).where(id.in(1, 2)); // IN of two
                case 9 -> select(name).where(id.in(1, 2, 3)).orderBy(name); // IN of three
                case 10 -> select(name).where(id.between(1, 2)).orderBy(name);
                case 11 -> select(name).where(id.notBetween(1, 2)).orderBy(name);
                case 12 -> select(count(id)).where(name.like("%a%"));
                case 13 -> select(func("upper", SqlTypes.string(50), name)).where(id.eq(1));
                case 14 -> select(func("lower", SqlTypes.string(50), name)).where(id.eq(1));
                case 15 -> select(name).distinct().where(id.gt(0)).orderBy(name);
                case 16 -> select(name.label("who")).where(id.eq(2));
                case 17 -> text("SELECT name FROM users WHERE id = 1");
                case 18 -> text("SELECT fullname FROM users WHERE id = 1");
                case 19 -> select(name).where(id.eq(literal(2)));
                default -> throw new AssertionError();
            });
        }
        sameAsUncached(20, builds.get(0), builds.get(1));
        assertEquals(20, cached.compiledCache().size(), "one compilation per structure");
        assertEquals(0, cached.compiledCache().hits());
        sameAsUncached(20, builds.get(0), builds.get(1));
        assertEquals(20, cached.compiledCache().hits(), "the second round compiles nothing");
    }

    @Test
    void aliasesByNameAndTableAndRowsLookedUpByTheNewAliasColumns() {
        for (String aliasName : new String[] {"u1", "u2", "u1"}) {
            for (int key = 1; key <= 2; key++) {
                Alias u = f.users.alias(aliasName);
                Column<String> name = u.c("name");
                try (Connection conn = cached.connect();
                        Result r = conn.execute(select(name).where(u.c("id").eq(key)))) {
                    Row row = r.one();
                    assertEquals(key == 1 ? "jack" : "wendy", row.get(name), "found by this statement's column");
                }
            }
        }
        assertEquals(2, cached.compiledCache().size(), "u1 and u2");
        assertEquals(4, cached.compiledCache().hits());
    }

    @Test
    void parametersGivenAtExecutionAndTextParametersComeFromEachExecution() {
        Column<Integer> id = f.users.c("id");
        for (int key = 1; key <= 2; key++) {
            String expected = key == 1 ? "jack" : "wendy";
            assertEquals(List.of(List.of(expected)), rows(cached,
                    select(f.users.c("name")).where(id.eq(bindParam("id", SqlTypes.INTEGER))), Map.of("id", key)));
            assertEquals(List.of(List.of(expected)), rows(cached,
                    text("SELECT name FROM users WHERE id = :id"), Map.of("id", key)));
            assertEquals(List.of(List.of(expected)), rows(cached,
                    text("SELECT name FROM users WHERE id = :id").bindParams(Map.of("id", key)), Map.of()));
        }
        assertEquals(3, cached.compiledCache().size());
        BindParameterException missing = assertThrows(BindParameterException.class, () -> rows(cached,
                select(f.users.c("name")).where(id.eq(bindParam("id", SqlTypes.INTEGER))), Map.of()));
        assertEquals(true, missing.getMessage().contains("A value is required for bind parameter 'id'"),
                missing.getMessage());
    }

    @Test
    void echoIsTheSameWithAndWithoutTheCache() {
        Engine echoCached = Engine.builder(Fixtures.MEMORY).echo(true).build();
        Engine echoUncached = Engine.builder(Fixtures.MEMORY).echo(true).compiledCacheSize(0).build();
        try {
            Fixtures a = Fixtures.schema().populate(echoCached);
            Fixtures b = Fixtures.schema().populate(echoUncached);
            String withCache = Fixtures.captureOut(() -> {
                for (int key = 1; key <= 3; key++) {
                    rows(echoCached, select(a.users.c("name")).where(a.users.<Integer>c("id").eq(key)), Map.of());
                }
            });
            String without = Fixtures.captureOut(() -> {
                for (int key = 1; key <= 3; key++) {
                    rows(echoUncached, select(b.users.c("name")).where(b.users.<Integer>c("id").eq(key)), Map.of());
                }
            });
            assertEquals(without, withCache);
            assertEquals(3, withCache.split("SELECT", -1).length - 1, withCache);
        } finally {
            echoCached.close();
            echoUncached.close();
        }
    }

    @Test
    void eachEngineCompilesForItsOwnDialect() {
        Engine h2 = Engine.create("h2:///:memory:");
        try {
            Fixtures h = Fixtures.schema().populate(h2);
            for (Engine e : new Engine[] {cached, h2}) {
                Fixtures x = e == h2 ? h : f;
                Column<String> name = x.users.c("name");
                for (int round = 0; round < 2; round++) {
                    assertEquals(List.of(List.of("jack")), rows(e, select(name).orderBy(name).limit(1), Map.of()));
                }
            }
            assertEquals(1, h2.compiledCache().size(), "one compilation in each engine's own cache");
            assertEquals(1, h2.compiledCache().hits());
            assertEquals(1, cached.compiledCache().size());
            assertEquals(1, cached.compiledCache().hits());
            try (Connection c1 = cached.connect(); Connection c2 = h2.connect()) {
                String derbySql = c1.dialect().sqlCompiler().compile(select(f.users.c("name")).limit(1)).sql();
                String h2Sql = c2.dialect().sqlCompiler().compile(select(h.users.c("name")).limit(1)).sql();
                assertEquals(false, derbySql.equals(h2Sql), derbySql + " / " + h2Sql);
            }
        } finally {
            h2.close();
        }
    }

    @Test
    void theCacheKeepsAtMostItsSizeAndCanBeTurnedOff() {
        Engine small = Engine.builder(Fixtures.MEMORY).compiledCacheSize(2).build();
        try {
            Fixtures s = Fixtures.schema().populate(small);
            for (String c : new String[] {"id", "name", "fullname", "name"}) {
                rows(small, select(s.users.c(c)).where(s.users.<Integer>c("id").eq(1)), Map.of());
            }
            assertEquals(2, small.compiledCache().size());
            assertEquals(1, small.compiledCache().hits(), "name was still among the two most recent");
        } finally {
            small.close();
        }
        assertNull(uncached.compiledCache());
        assertNotNull(cached.compiledCache());
        assertThrows(ArgumentException.class, () -> Engine.builder(Fixtures.MEMORY).compiledCacheSize(-1));
    }

    @Test
    void aLookupMadeWhileAnotherIsCompilingOnTheSameThreadLeavesBothRight() {
        CompiledCache cache = cached.compiledCache();
        Column<Integer> id = f.users.c("id");
        Column<String> name = f.users.c("name");
        Column<String> fullname = f.users.c("fullname");
        // the outer statement misses; while it compiles, the compiler's supplier looks up another
        // statement in the same cache on the same thread, as a compiler needing a subquery might
        CompiledCache.Lookup outer = cache.compile(select(name).where(id.eq(2)), List.of(), () -> {
            CompiledCache.Lookup inner = cache.compile(select(fullname).where(id.gt(0)).where(id.lt(9)), List.of(),
                    () -> cached.dialect().sqlCompiler());
            assertNotNull(inner);
            return cached.dialect().sqlCompiler();
        });
        assertNotNull(outer);
        assertEquals(2, cache.size(), "both compilations kept, each under its own key");
        for (int key = 1; key <= 2; key++) {
            assertEquals(List.of(List.of(key == 1 ? "jack" : "wendy")),
                    rows(cached, select(name).where(id.eq(key)), Map.of()), "the outer statement with its own value");
        }
        assertEquals(List.of(List.of("Wendy Williams")),
                rows(cached, select(fullname).where(id.gt(1)).where(id.lt(9)), Map.of()), "the inner one likewise");
        assertEquals(2, cache.size());
        assertEquals(3, cache.hits());
    }

    @Test
    void manyStatementsRunInTurnEachKeepTheirOwnColumns() {
        // more statements than the engine keeps row shapes for, so that some share a slot: each
        // result must still have its own statement's keys and values, however they alternate
        Column<Integer> id = f.users.c("id");
        Column<String> name = f.users.c("name");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 150; i++) {
                String label = "c" + i;
                try (Connection conn = cached.connect();
                        Result r = conn.execute(i % 2 == 0
                                ? select(name.label(label)).where(id.eq(1))
                                : select(id.label(label), name).where(id.eq(2)))) {
                    Row row = r.one();
                    if (i % 2 == 0) {
                        assertEquals(List.of(label), r.keys(), "statement " + i);
                        assertEquals("jack", row.get(label));
                    } else {
                        assertEquals(List.of(label, "name"), r.keys(), "statement " + i);
                        assertEquals(2, ((Number) row.get(label)).intValue());
                        assertEquals("wendy", row.get("name"));
                    }
                }
            }
        }
        assertEquals(150, cached.compiledCache().size());
    }
}
