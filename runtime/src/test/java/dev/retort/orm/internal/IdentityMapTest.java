package dev.retort.orm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.mapping.EntityMapper;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The identity map's open-addressing table and insertion order, against a {@link LinkedHashMap}
 * doing the same operations: lookups, replacement under an existing key (which keeps the place in
 * the order, as {@code LinkedHashMap.put} does), removal with backward shifting, rebuilds, and
 * states whose objects were collected.
 */
class IdentityMapTest {

    /** A mapper with no relationships; nothing else of it is used by the map. */
    private static EntityMapper<?> mapper(String name) {
        return (EntityMapper<?>) Proxy.newProxyInstance(IdentityMapTest.class.getClassLoader(),
                new Class<?>[] {EntityMapper.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "relations" -> List.of();
                    case "entityName" -> name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static EntityState state(EntityMapper<?> m, Object id, Object object) {
        EntityState s = new EntityState(m, object, EntityState.Status.PERSISTENT);
        s.id = id;
        return s;
    }

    @Test
    void behavesAsAnInsertionOrderedMapUnderRandomOperations() {
        EntityMapper<?>[] mappers = {mapper("A"), mapper("B")};
        Random random = new Random(42);
        IdentityMap map = new IdentityMap();
        Map<List<Object>, EntityState> model = new LinkedHashMap<>();
        for (int step = 0; step < 200_000; step++) {
            EntityMapper<?> m = mappers[random.nextInt(2)];
            // few keys, so lookups hit, replacements happen and the probe chains collide
            Object id = (long) random.nextInt(step < 100_000 ? 300 : 3000);
            List<Object> key = List.of(m, id);
            int op = random.nextInt(10);
            if (op < 4) {
                EntityState s = state(m, id, new Object());
                map.put(s);
                model.put(key, s);
            } else if (op < 7) {
                EntityState s = model.get(key);
                if (s != null) {
                    map.remove(s);
                    model.remove(key);
                }
            } else {
                assertSame(model.get(key), map.get(m, id), "get " + key + " at step " + step);
            }
            if (step % 5_000 == 0) {
                assertEquals(new ArrayList<>(model.values()), map.liveStates(), "order at step " + step);
                List<EntityState> walked = new ArrayList<>();
                map.states().forEach(walked::add);
                assertEquals(new ArrayList<>(model.values()), walked);
                assertEquals(model.size(), map.size());
            }
        }
    }

    /**
     * The loader's pattern: a lookup that misses, then the put of that key, which takes the slot
     * the lookup stopped at; with lookups of other keys, misses not followed by their put, and
     * removals in between, which must make the put probe again.
     */
    @Test
    void aPutAfterAMissedLookupTakesItsSlotOnlyWhileNothingChanged() {
        EntityMapper<?>[] mappers = {mapper("A"), mapper("B")};
        Random random = new Random(7);
        IdentityMap map = new IdentityMap();
        Map<List<Object>, EntityState> model = new LinkedHashMap<>();
        for (int step = 0; step < 50_000; step++) {
            EntityMapper<?> m = mappers[random.nextInt(2)];
            Long id = (long) random.nextInt(20_000);
            List<Object> key = List.of(m, id);
            EntityState found = map.get(m, id);
            assertSame(model.get(key), found, "get " + key + " at step " + step);
            if (found == null) {
                int between = random.nextInt(4);
                if (between == 1) {
                    map.get(m, id + 1); // another lookup, which may miss elsewhere
                    assertSame(model.get(List.of(m, id + 1)), map.get(m, id + 1));
                } else if (between == 2 && !model.isEmpty()) {
                    EntityState gone = model.values().iterator().next(); // a removal: the slot is stale
                    map.remove(gone);
                    model.values().remove(gone);
                }
                EntityState s = state(m, id, new Object());
                map.put(s);
                model.put(key, s);
            }
        }
        for (Map.Entry<List<Object>, EntityState> e : model.entrySet()) {
            assertSame(e.getValue(), map.get((EntityMapper<?>) e.getKey().get(0), e.getKey().get(1)));
        }
        assertEquals(new ArrayList<>(model.values()), map.liveStates());
        assertEquals(model.size(), map.size());
    }

    /** A key whose hash many other keys share in full: the map must still tell them apart. */
    private record Colliding(int n) {
        @Override
        public int hashCode() {
            return n % 3;
        }
    }

    /**
     * A put after a missed lookup takes the slot the lookup stopped at only when no entry of the
     * same hash was on its probe: here keys share their whole hash, and the put that follows a miss
     * is sometimes of another key of that hash, which may already be in the map.
     */
    @Test
    void aPutAfterAMissedLookupOfAnotherKeyWithTheSameHashFindsTheKeyItReplaces() {
        EntityMapper<?> m = mapper("A");
        Random random = new Random(11);
        IdentityMap map = new IdentityMap();
        Map<Object, EntityState> model = new LinkedHashMap<>();
        for (int step = 0; step < 20_000; step++) {
            Colliding looked = new Colliding(random.nextInt(60));
            assertSame(model.get(looked), map.get(m, looked), "get " + looked + " at step " + step);
            // then a put: of the key looked up, or of another key, possibly with the same hash
            Colliding put = random.nextBoolean() ? looked : new Colliding(random.nextInt(60));
            EntityState s = state(m, put, new Object());
            map.put(s);
            model.put(put, s); // a replaced key keeps its place in the order, as in LinkedHashMap
            assertEquals(model.size(), map.size(), "size at step " + step);
        }
        for (Map.Entry<Object, EntityState> e : model.entrySet()) {
            assertSame(e.getValue(), map.get(m, e.getKey()));
        }
        assertEquals(new ArrayList<>(model.values()), map.liveStates());
    }

    @Test
    void removingAStateNotInTheMapChangesNothing() {
        EntityMapper<?> m = mapper("A");
        IdentityMap map = new IdentityMap();
        EntityState in = state(m, 1L, new Object());
        map.put(in);
        EntityState other = state(m, 1L, new Object());
        map.remove(other);
        assertSame(in, map.get(m, 1L));
        map.put(in);
        assertEquals(List.of(in), map.liveStates(), "putting the same state again adds no second entry");
    }

    @Test
    void statesOfCollectedObjectsAreDropped() {
        EntityMapper<?> m = mapper("A");
        IdentityMap map = new IdentityMap();
        List<Object> kept = new ArrayList<>();
        for (long id = 0; id < 10_000; id++) {
            Object o = new Object();
            EntityState s = state(m, id, o);
            if (id % 10 == 0) {
                kept.add(o);
            }
            s.unpin();
            map.put(s);
        }
        map.released(); // as the session says when it lets objects go
        for (int i = 0; i < 20 && map.liveStates().size() > kept.size(); i++) {
            System.gc();
        }
        assertEquals(kept.size(), map.liveStates().size(), "only the referenced objects are alive");
        assertNull(map.get(m, 1L), "a collected object is not found");
        assertTrue(map.get(m, 10L) != null && map.get(m, 10L).object() == kept.get(1));
        // putting more compacts the map, which drops the dead states
        for (long id = 10_000; id < 30_000; id++) {
            map.put(state(m, id, kept.get(0)));
        }
        assertEquals(kept.size() + 20_000, map.size(), "the compactions dropped every collected state");
    }
}
