package dev.retort.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * W3's load, over and over in one JVM: what a server that loads many objects per session, session
 * after session, sees once its heap has reached its steady state, which a JMH run of a few dozen
 * loads does not reach. Each round loads the 100,000 rows of {@link W3Load100k} into a fresh
 * session (or as plain JDBC) and drops them.
 *
 * <p>{@code java -Xms2g -Xmx2g -cp benchmarks.jar dev.retort.benchmarks.LoadLoop retort 300} (or
 * {@code jdbc}, {@code hibernate}, {@code jooq}, {@code mybatis}, {@code jdbi}) prints
 * the median and 90th percentile time of a load over the second half of the rounds, and the
 * collections the JVM ran, young and full (the collector's beans, as named by G1 or the serial and
 * parallel collectors). {@code RETORT_BENCH_URL} selects the database as for the benchmarks.
 */
public final class LoadLoop {
    private LoadLoop() {}

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Peers.quietLibraries();
        W3Load100k w3 = new W3Load100k();
        w3.boot(contender);
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            load(w3, contender); // each checks that it loaded every row
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] late = Arrays.copyOfRange(millis, rounds / 2, rounds);
        Arrays.sort(late);
        StringBuilder collections = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections.append(String.format(Locale.ROOT, "; %s: %d in %d ms", gc.getName(), gc.getCollectionCount(),
                    gc.getCollectionTime()));
        }
        System.out.printf(Locale.ROOT, "%s, %d loads: median %d ms, 90th percentile %d ms (second half)%s%n", contender,
                rounds, late[late.length / 2], late[late.length * 9 / 10], collections);
        w3.shutdown();
        System.exit(0);
    }

    private static void load(W3Load100k w3, String contender) throws Exception {
        switch (contender) {
            case Peers.JDBC -> w3.jdbc();
            case Peers.RETORT -> w3.retort();
            case Peers.HIBERNATE -> w3.hibernate();
            case Peers.JOOQ -> w3.jooq();
            case Peers.MYBATIS -> w3.mybatis();
            case Peers.JDBI -> w3.jdbi();
            default -> throw new IllegalArgumentException("No contender named " + contender);
        }
    }
}
