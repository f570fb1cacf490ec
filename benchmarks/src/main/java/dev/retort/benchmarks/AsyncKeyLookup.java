package dev.retort.benchmarks;

import dev.retort.asyncio.AsyncEngine;
import dev.retort.asyncio.AsyncSessionFactory;
import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The key-lookup workload, synchronous against asynchronous: a fresh session, {@code get} of a
 * random customer by primary key, close. Throughput in lookups per millisecond, on an in-memory
 * Derby database of 10,000 customers and a pool of 4 connections.
 *
 * <ul>
 *   <li>{@code sync1} / {@code async1}: one caller, one lookup at a time ({@code async1} waits for
 *       each future): the cost of the hand-off to Retort's thread and back.</li>
 *   <li>{@code sync4}: four caller threads, each a synchronous lookup at a time.</li>
 *   <li>{@code async64}: one caller thread with 64 lookups in flight on the pool of 4, as an
 *       event-loop server would have them.</li>
 * </ul>
 *
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AsyncKeyLookup}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class AsyncKeyLookup {
    static final int N = 10_000;
    static final int IN_FLIGHT = 64;

    private Engine engine;
    private SessionFactory sync;
    private AsyncEngine asyncEngine;
    private AsyncSessionFactory async;

    @Setup(Level.Trial)
    public void start() {
        engine = Engine.builder("derby:///:memory:").poolSize(4).build();
        Base_.metadata().createAll(engine);
        sync = new SessionFactory(engine);
        List<Map<String, Object>> rows = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            rows.add(Map.of("name", "customer name " + i, "description", "customer description " + i));
        }
        try (Session s = sync.open()) {
            s.bulkInsertMappings(Customer.class, rows);
            s.commit();
        }
        asyncEngine = AsyncEngine.builder(engine).poolSize(4).build();
        async = AsyncSessionFactory.of(asyncEngine);
    }

    @TearDown(Level.Trial)
    public void stop() {
        asyncEngine.dispose().join();
        engine.close();
    }

    private static long randomId() {
        return 1 + ThreadLocalRandom.current().nextInt(N);
    }

    private Customer syncLookup() {
        try (Session s = sync.open()) {
            Customer c = s.get(Customer.class, randomId());
            s.commit();
            return c;
        }
    }

    private CompletableFuture<Customer> asyncLookup() {
        return async.inTransaction(s -> s.get(Customer.class, randomId()));
    }

    @Benchmark
    public Customer sync1() {
        return syncLookup();
    }

    @Benchmark
    @Threads(4)
    public Customer sync4() {
        return syncLookup();
    }

    @Benchmark
    public Customer async1() {
        return asyncLookup().join();
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public Object async64() {
        CompletableFuture<?>[] all = new CompletableFuture<?>[IN_FLIGHT];
        for (int i = 0; i < IN_FLIGHT; i++) {
            all[i] = asyncLookup();
        }
        return CompletableFuture.allOf(all).join();
    }
}
