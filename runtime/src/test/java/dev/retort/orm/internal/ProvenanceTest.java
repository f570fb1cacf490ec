package dev.retort.orm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.mapping.EntityMapper;
import java.lang.ref.WeakReference;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records of detached objects: found while their objects live, dropped soon after their
 * objects are collected (at the first record after a collection), so that closing sessions whose
 * objects nobody keeps does not make the records grow.
 */
class ProvenanceTest {

    private static EntityMapper<?> mapper() {
        return (EntityMapper<?>) Proxy.newProxyInstance(ProvenanceTest.class.getClassLoader(),
                new Class<?>[] {EntityMapper.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "relations" -> List.of();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A closed session's states, detached and held weakly, as {@code expungeAll} hands them over. */
    private static EntityState[] session(EntityMapper<?> m, long firstId, int n, List<Object> keep, int keepEvery) {
        EntityState[] states = new EntityState[n];
        for (int i = 0; i < n; i++) {
            Object o = new Object();
            if (i % keepEvery == 0) {
                keep.add(o);
            }
            EntityState s = new EntityState(m, o, EntityState.Status.DETACHED);
            s.id = firstId + i;
            s.unpin();
            states[i] = s;
        }
        return states;
    }

    /** Runs collections until {@code probe}'s object is gone (a young collection may not be enough). */
    private static void collect() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 20 && probe.get() != null; i++) {
            System.gc();
        }
    }

    @Test
    void recordsOfCollectedObjectsDoNotAccumulate() {
        EntityMapper<?> m = mapper();
        Provenance p = new Provenance();
        List<Object> kept = new ArrayList<>();
        for (int session = 0; session < 50; session++) {
            p.detached(session(m, session * 1000L, 1000, kept, 100), 1000);
            collect();
        }
        p.detached(session(m, 1_000_000L, 10, kept, 1), 10);
        // every session's records went through a collection before the last record: only the
        // kept objects' remain, and the last session's, not yet walked
        assertEquals(50 * 10 + 10, p.recorded(), "the records of collected objects were dropped");
        assertTrue(kept.size() == 50 * 10 + 10);
    }

    @Test
    void liveObjectsKeepTheirRecordsThroughWalks() {
        EntityMapper<?> m = mapper();
        Provenance p = new Provenance();
        List<Object> kept = new ArrayList<>();
        EntityState[] first = session(m, 0, 5000, kept, 7);
        EntityState keptState = first[7];
        p.detached(first, first.length);
        for (int session = 1; session < 30; session++) {
            collect();
            p.detached(session(m, session * 10_000L, 5000, new ArrayList<>(), Integer.MAX_VALUE), 5000);
        }
        EntityState single = new EntityState(m, new Object(), EntityState.Status.DETACHED);
        single.id = -1L;
        Object singleObject = single.object();
        single.unpin();
        p.detached(single);
        assertSame(keptState, p.stateOf(kept.get(1)), "a kept object's record survives the walks");
        assertSame(single, p.stateOf(singleObject), "a single record is found");
        assertNull(p.stateOf(new Object()), "an object never recorded has no record");
        p.forget(kept.get(1));
        assertNull(p.stateOf(kept.get(1)), "a forgotten object has no record");
    }

    @Test
    void recordsOfObjectsThatLivedThroughTheirFirstWalkGoOnceTheyAreCollected() {
        EntityMapper<?> m = mapper();
        Provenance p = new Provenance();
        List<Object> kept = new ArrayList<>();
        // 20 sessions whose objects all live through the walks: their records become old
        for (int session = 0; session < 20; session++) {
            p.detached(session(m, session * 1000L, 1000, kept, 1), 1000);
            collect();
        }
        p.detached(session(m, 100_000L, 10, kept, 1), 10);
        assertEquals(20_010, p.recorded(), "live objects keep their records");
        // the objects go, all at once (as promoted objects do, in a concurrent cycle or a full
        // collection), long after the walk that counted them alive
        kept.clear();
        collect();
        List<Object> last = new ArrayList<>();
        p.detached(session(m, 200_000L, 10, last, 1), 10);
        assertEquals(10, p.recorded(), "the records of collected objects were dropped at the next record");
    }

    @Test
    void indexedRecordsOfCollectedObjectsGoAtTheNextRecordAfterACollection() throws InterruptedException {
        EntityMapper<?> m = mapper();
        Provenance p = new Provenance();
        List<Object> kept = new ArrayList<>();
        p.detached(session(m, 0, 5000, kept, 1), 5000);
        assertNull(p.stateOf(new Object()), "an unknown object has no record");
        assertEquals(5000, p.indexed(), "a lookup indexes the records");
        kept.clear();
        // the collected entries reach the reference queue shortly after the collection, on the
        // JVM's reference-handler thread: record until they are purged, or give up
        for (int i = 0; i < 50 && p.indexed() > 0; i++) {
            collect();
            Thread.sleep(10);
            p.detached(session(m, 100_000L + i, 1, new ArrayList<>(), Integer.MAX_VALUE), 1);
        }
        assertEquals(0, p.indexed(), "the entries of collected objects were purged without a lookup");
    }
}
