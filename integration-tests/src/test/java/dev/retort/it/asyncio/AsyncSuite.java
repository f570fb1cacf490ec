package dev.retort.it.asyncio;

import static dev.retort.Retort.INTEGER;
import static dev.retort.Retort.column;
import static dev.retort.Retort.joinedLoad;
import static dev.retort.Retort.select;
import static dev.retort.Retort.selectinLoad;
import static dev.retort.Retort.string;
import static dev.retort.Retort.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.asyncio.AsyncConnection;
import dev.retort.asyncio.AsyncEngine;
import dev.retort.asyncio.AsyncSession;
import dev.retort.asyncio.AsyncSessionFactory;
import dev.retort.asyncio.BufferedResult;
import dev.retort.engine.Row;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.LazyLoadException;
import dev.retort.exc.PoolTimeoutException;
import dev.retort.exc.StatementTimeoutException;
import dev.retort.it.support.Database;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The async engine and session on one database: the tutorial's path (create tables, add, commit,
 * query, eager loading, rollback), the lazy-load error and the awaitable loader, 100 concurrent
 * sessions on a pool of 4, cancellation, timeouts, pool exhaustion, an error that rolls back, and
 * streams with back-pressure. Every outcome is read back from the database.
 */
abstract class AsyncSuite {
    /** Rows in the numbers table; its triple self-join is the long-running statement. */
    static final int NUMBERS = 1000;

    protected AsyncEngine engine;
    protected AsyncSessionFactory Session;
    protected final MetaData core = new MetaData();
    protected final Table numbers = core.table("async_numbers",
            column("n", INTEGER).primaryKey(), column("label", string(20)));

    protected abstract Database database();

    /** The async URL of the database (SQLAlchemy's form with an async driver name where it has one). */
    protected String url() {
        String u = database().url();
        int sep = u.indexOf("://");
        return u.substring(0, sep) + "+async" + u.substring(sep);
    }

    /** Connections in the concurrency test's pool. */
    protected int concurrencyPool() {
        return 4;
    }

    /** Whether the JDBC driver implements Statement.cancel (Derby's embedded driver does not). */
    protected boolean driverCancels() {
        return true;
    }

    protected AsyncEngine.Builder builder() {
        return AsyncEngine.builder(url());
    }

    @BeforeEach
    void setUp() {
        engine = builder().poolSize(concurrencyPool()).build();
        Session = AsyncSessionFactory.of(engine);
        await(engine.withConnection(conn -> conn.runSync(c -> {
            AsyncBase_.metadata().dropAll(c);
            core.dropAll(c);
            AsyncBase_.metadata().createAll(c);
            core.createAll(c);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= NUMBERS; i++) { // from 1: MySQL and MariaDB read a 0 key as "generate one"
                rows.add(Map.of("n", i, "label", "n" + i));
            }
            c.execute(numbers.insert(), rows);
            c.commit();
            return null;
        })));
    }

    @AfterEach
    void tearDown() {
        if (engine == null) {
            return; // skipped: no server
        }
        try {
            await(engine.withConnection(conn -> conn.runSync(c -> {
                AsyncBase_.metadata().dropAll(c);
                core.dropAll(c);
                c.commit();
                return null;
            })));
        } finally {
            await(engine.dispose());
        }
    }

    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new AssertionError(c);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("The future did not complete within 60 s", e);
        }
    }

    static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
        return e.getCause();
    }

    private long count(Class<?> type) {
        return await(Session.inSession(s -> s.query(type).count()));
    }

    private static User user(String name, String... emails) {
        User u = new User(name, name.toUpperCase());
        for (String e : emails) {
            Address a = new Address(e);
            a.user = u;
            u.addresses.add(a);
        }
        return u;
    }

    // ------------------------------------------------------------------ the tutorial's path

    @Test
    void tutorialAsyncPath() {
        AsyncSession session = Session.open();
        session.add(user("ed", "ed@google.com", "ed@yahoo.com"));
        session.addAll(List.of(user("wendy", "wendy@gmail.com"), user("mary")));
        AtomicReference<String> thread = new AtomicReference<>();
        await(session.commit().thenRun(() -> thread.set(Thread.currentThread().getName())));
        assertTrue(thread.get().startsWith("retort-async-"), thread.get());

        List<User> selectin = await(session.query(User.class).options(selectinLoad(User_.addresses))
                .orderBy(User_.id).all());
        assertEquals(List.of("ed", "wendy", "mary"), selectin.stream().map(u -> u.name).collect(Collectors.toList()));
        assertEquals(List.of("ed@google.com", "ed@yahoo.com"),
                selectin.get(0).addresses.stream().map(a -> a.emailAddress).collect(Collectors.toList()));
        User ed = await(session.query(User.class).filterBy("name", "ed").first());
        assertEquals("ED", ed.fullname);
        assertEquals(2, ed.addresses.size());
        await(session.close());

        AsyncSession other = Session.open();
        List<User> joined = await(other.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all());
        assertEquals(List.of(2, 1, 0), joined.stream().map(u -> u.addresses.size()).collect(Collectors.toList()));
        assertEquals(3L, await(other.query(Address.class).count()));

        // rollback: a flushed change is gone, the database keeps what was committed
        User nobody = user("nobody", "no@where.org");
        other.add(nobody);
        await(other.flush());
        assertEquals(4L, await(other.query(User.class).count()));
        await(other.rollback());
        assertEquals(3L, await(other.query(User.class).count()));
        Row row = await(other.execute(select(User_.name).where(User_.name.eq("wendy")))).one();
        assertEquals("wendy", row.get(0));
        await(other.close());
        assertEquals(3L, count(User.class));
        assertEquals(3L, count(Address.class));
    }

    @Test
    void coreStatementsOnAnAsyncConnection() {
        long total = await(engine.inTransaction(conn -> conn.execute(numbers.insert(), Map.of("n", -1, "label", "minus"))
                .thenCompose(r -> conn.scalar(text("select count(*) from async_numbers")))
                .thenApply(n -> ((Number) n).longValue())));
        assertEquals(NUMBERS + 1L, total);
        AsyncConnection conn = await(engine.connect());
        try {
            BufferedResult deleted = await(conn.execute(numbers.delete().where(numbers.c("n").eq(-1))));
            assertEquals(1L, deleted.rowCount());
            await(conn.rollback());
            BufferedResult minus = await(conn.execute(select(numbers.c("label")).where(numbers.c("n").lt(0))));
            assertEquals(List.of("minus"), minus.scalars());
        } finally {
            await(conn.close());
        }
    }

    // ------------------------------------------------------------------ no implicit I/O

    @Test
    void touchingAnUnloadedCollectionRaisesAndTheAwaitableLoaderLoadsIt() {
        await(Session.inTransaction(s -> s.add(user("ed", "ed@google.com", "ed@yahoo.com"))));
        AsyncSession session = Session.open();
        User ed = await(session.query(User.class).filterBy("name", "ed").one());
        LazyLoadException e = assertThrows(LazyLoadException.class, () -> ed.addresses.size());
        assertTrue(e.getMessage().contains("selectinLoad(") && e.getMessage().contains("joinedLoad("), e.getMessage());
        assertTrue(e.getMessage().contains("addresses"), e.getMessage());

        // the advice, followed for the object already in the session: the query fills its collection
        User same = await(session.query(User.class).filterBy("name", "ed").options(selectinLoad(User_.addresses)).one());
        assertSame(ed, same);
        assertEquals(List.of("ed@google.com", "ed@yahoo.com"),
                ed.addresses.stream().map(a -> a.emailAddress).collect(Collectors.toList()), "a plain read now");
        await(session.close());
        session = Session.open();
        User ed2 = await(session.query(User.class).filterBy("name", "ed").one());

        List<Address> loaded = await(session.related(ed2, User_.addresses));
        assertEquals(2, loaded.size());
        assertEquals("ed@google.com", ed2.addresses.get(0).emailAddress); // loaded now: a plain read

        User again = await(session.runSync(s -> s.query(User.class).filterBy("name", "ed").one()));
        assertEquals(2, (int) await(session.runSync(s -> again.addresses.size())), "lazy loading works in runSync");
        await(session.close());

        AsyncSession third = Session.open();
        User fresh = await(third.query(User.class).filterBy("name", "ed").one());
        await(third.refresh(fresh, User_.addresses));
        assertEquals(2, fresh.addresses.size());
        await(third.close());
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void hundredConcurrentSessionsOnAPoolOfFour() {
        List<CompletableFuture<Long>> all = IntStream.range(0, 100)
                .mapToObj(i -> Session.inSession(s -> {
                    User mine = user("user" + i, "u" + i + "@example.com");
                    return s.add(mine)
                        .thenCompose(x -> s.commit())
                        .thenCompose(x -> s.query(User.class).filter(User_.id.eq(mine.id))
                                .options(selectinLoad(User_.addresses)).one())
                        .thenApply(u -> {
                            assertEquals("u" + i + "@example.com", u.addresses.get(0).emailAddress);
                            assertEquals("user" + i, u.name);
                            return u.id;
                        });
                }))
                .collect(Collectors.toList());
        CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).orTimeout(120, TimeUnit.SECONDS).join();
        assertEquals(100, all.stream().map(CompletableFuture::join).distinct().count(), "100 distinct keys");
        assertEquals(100L, count(User.class));
        assertEquals(100L, count(Address.class));
    }

    @Test
    void poolExhaustionFailsTheFutureWithoutBlockingTheCaller() {
        try (AsyncEngine small = AsyncEngine.builder(url()).poolSize(1).connectTimeout(Duration.ofMillis(300)).build()) {
            AsyncConnection held = await(small.connect());
            long t0 = System.nanoTime();
            CompletableFuture<AsyncConnection> waiting = small.connect();
            long returnedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(returnedAfter < 250, "connect() returned after " + returnedAfter + " ms");
            assertFalse(waiting.isDone());
            PoolTimeoutException e = assertInstanceOf(PoolTimeoutException.class, failure(waiting));
            assertEquals(1, e.poolSize());
            await(held.close());
            AsyncConnection next = await(small.connect()); // the permit came back
            assertEquals(0, (int) await(next.runSync(c -> {
                AsyncBase_.metadata().createAll(c); // an in-memory database is the small engine's own
                return c.execute(select(User_.id)).fetchAll().size();
            })));
            await(next.close());
        }
    }

    // ------------------------------------------------------------------ failure, cancellation, timeouts

    @Test
    void anErrorInsideATransactionRollsItBack() {
        CompletableFuture<Void> f = Session.inTransaction(s -> s.add(user("ed", "ed@google.com"))
                .thenCompose(x -> s.flush())
                .thenCompose(x -> s.add(new User("broken", null))) // fullname is NOT NULL
                .thenCompose(x -> s.flush()));
        assertInstanceOf(IntegrityErrorException.class, failure(f));
        assertEquals(0L, count(User.class), "ed was rolled back with the failed flush");
        assertEquals(0L, count(Address.class));
    }

    /** A statement that runs for many seconds (a triple self-join of the numbers table). */
    private static String slowQuery() {
        return "select count(*) from async_numbers a, async_numbers b, async_numbers c where a.n + b.n + c.n = -1";
    }

    @Test
    void cancellingAFutureCancelsTheStatementAndRollsBack() {
        assumeTrue(driverCancels(), database() + "'s JDBC driver does not implement Statement.cancel");
        AsyncConnection conn = await(engine.connect());
        try {
            await(conn.execute(numbers.insert(), Map.of("n", -5, "label", "uncommitted")));
            CompletableFuture<Object> slow = conn.scalar(text(slowQuery()));
            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> slow.cancel(true));
            long t0 = System.nanoTime();
            assertThrows(CancellationException.class, () -> slow.get(60, TimeUnit.SECONDS));
            // the lane runs one operation at a time: this one starts only when the cancelled statement ended
            long after = ((Number) await(conn.scalar(text("select count(*) from async_numbers")))).longValue();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(NUMBERS, after, "the cancelled transaction was rolled back");
            assertTrue(ms < 20_000, "the statement stopped after " + ms + " ms");
        } finally {
            await(conn.close());
        }
    }

    @Test
    void aStatementTimeoutCancelsAndTheSessionStaysUsable() {
        AsyncSession session = Session.open();
        session.setStatementTimeout(Duration.ofSeconds(1));
        await(session.add(user("ed")));
        await(session.flush());
        long t0 = System.nanoTime();
        Throwable e = failure(session.execute(text(slowQuery())));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        StatementTimeoutException timeout = assertInstanceOf(StatementTimeoutException.class, e);
        assertEquals(1000, timeout.timeoutMillis());
        assertTrue(ms < 20_000, "timed out after " + ms + " ms");
        session.setStatementTimeout(null);
        assertEquals(0L, await(session.query(User.class).count()), "the flushed user was rolled back");
        await(session.close());
    }

    // ------------------------------------------------------------------ streams

    @Test
    void streamDeliversRowsAsRequestedAndCancelClosesTheCursor() {
        AsyncConnection conn = await(engine.connect());
        try {
            CollectingSubscriber all = new CollectingSubscriber(7, Long.MAX_VALUE);
            conn.stream(select(numbers.c("n")).orderBy(numbers.c("n"))).subscribe(all);
            assertEquals(NUMBERS, await(all.done).longValue());
            assertEquals((long) NUMBERS * (NUMBERS + 1) / 2, all.sum.get());

            CollectingSubscriber some = new CollectingSubscriber(10, 150);
            conn.stream(select(numbers.c("n")).orderBy(numbers.c("n"))).subscribe(some);
            assertEquals(150L, await(some.done).longValue());
            // the connection is free again after the cancel closed the cursor
            assertEquals((long) NUMBERS, ((Number) await(conn.scalar(text("select count(*) from async_numbers"))))
                    .longValue());
        } finally {
            await(conn.close());
        }
        AsyncSession session = Session.open();
        await(session.addAll(List.of(user("a"), user("b"), user("c"))));
        CompletableFuture<List<String>> names = new CompletableFuture<>();
        session.query(User.class).orderBy(User_.name).stream().subscribe(new Flow.Subscriber<User>() {
            final List<String> seen = new ArrayList<>();
            Flow.Subscription s;

            @Override public void onSubscribe(Flow.Subscription s) { this.s = s; s.request(1); }
            @Override public void onNext(User u) { seen.add(u.name); s.request(1); }
            @Override public void onError(Throwable t) { names.completeExceptionally(t); }
            @Override public void onComplete() { names.complete(seen); }
        });
        assertEquals(List.of("a", "b", "c"), await(names), "the stream autoflushed and read the pending users");
        await(session.close());
    }

    /** Requests {@code batch} rows at a time; cancels after {@code limit}; completes {@code done} with the count. */
    static final class CollectingSubscriber implements Flow.Subscriber<Row> {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        final AtomicLong sum = new AtomicLong();
        private final int batch;
        private final long limit;
        private Flow.Subscription subscription;
        private long seen;
        private int outstanding;

        CollectingSubscriber(int batch, long limit) {
            this.batch = batch;
            this.limit = limit;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            outstanding = batch;
            s.request(batch);
        }

        @Override
        public void onNext(Row row) {
            if (--outstanding < 0) {
                done.completeExceptionally(new AssertionError("more rows than requested"));
            }
            sum.addAndGet(((Number) row.get(0)).longValue());
            if (++seen == limit) {
                subscription.cancel();
                done.complete(seen);
            } else if (outstanding == 0) {
                outstanding = batch;
                subscription.request(batch);
            }
        }

        @Override
        public void onError(Throwable t) {
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done.complete(seen);
        }
    }
}
