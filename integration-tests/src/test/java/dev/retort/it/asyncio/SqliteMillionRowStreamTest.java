package dev.retort.it.asyncio;

import static dev.retort.Retort.INTEGER;
import static dev.retort.Retort.column;
import static dev.retort.Retort.string;
import static dev.retort.Retort.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.asyncio.AsyncConnection;
import dev.retort.asyncio.AsyncEngine;
import dev.retort.engine.Row;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A million rows of about 250 bytes each (some 250 MB if held) stream through a slow subscriber
 * in a JVM of 256 MB ({@code -Xmx256m}, surefire execution {@code stream-heap}): the stream holds
 * only what the subscriber requested and a fetch's worth of rows. SQLite produces the rows of
 * the join one step at a time, as a server-side cursor does; H2's in-memory database would hold
 * the whole result itself.
 */
class SqliteMillionRowStreamTest {
    private static final int SIDE = 1000;

    @Test
    void aMillionRowsThroughASlowSubscriberInAFixedHeap() throws Exception {
        assumeTrue(Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024, "runs in a JVM of -Xmx256m (surefire "
                + "execution stream-heap), not " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        MetaData m = new MetaData();
        Table side = m.table("stream_side", column("n", INTEGER).primaryKey(), column("pad", string(120)));
        try (AsyncEngine engine = AsyncEngine.builder("sqlite+aiosqlite:///:memory:").fetchSize(500).build()) {
            AsyncConnection conn = engine.connect().get(60, TimeUnit.SECONDS);
            conn.runSync(c -> {
                m.createAll(c);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < SIDE; i++) {
                    rows.add(Map.of("n", i, "pad", String.format("%0120d", i)));
                }
                c.execute(side.insert(), rows);
                c.commit();
                return null;
            }).get(60, TimeUnit.SECONDS);

            CompletableFuture<long[]> done = new CompletableFuture<>();
            conn.stream(text("select a.n * 1000 + b.n, a.pad || b.pad from stream_side a, stream_side b"))
                    .subscribe(new Flow.Subscriber<Row>() {
                        private Flow.Subscription s;
                        private long count;
                        private long sum;
                        private long chars;
                        private int left;

                        @Override
                        public void onSubscribe(Flow.Subscription s) {
                            this.s = s;
                            left = 128;
                            s.request(128);
                        }

                        @Override
                        public void onNext(Row row) {
                            count++;
                            sum += ((Number) row.get(0)).longValue();
                            chars += ((String) row.get(1)).length();
                            if (count % 100_000 == 0) {
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // a slow consumer, 10 pauses
                            }
                            if (--left == 0) {
                                left = 128;
                                s.request(128);
                            }
                        }

                        @Override
                        public void onError(Throwable t) {
                            done.completeExceptionally(t);
                        }

                        @Override
                        public void onComplete() {
                            done.complete(new long[] {count, sum, chars});
                        }
                    });
            long[] r = done.get(120, TimeUnit.SECONDS);
            long n = (long) SIDE * SIDE;
            assertEquals(n, r[0]);
            assertEquals(n * (n - 1) / 2, r[1]);
            assertEquals(n * 240, r[2]);
            conn.runSync(c -> {
                m.dropAll(c);
                c.commit();
                return null;
            }).get(60, TimeUnit.SECONDS);
            conn.close().get(60, TimeUnit.SECONDS);
        }
    }
}
