package dev.retort.asyncio;

import dev.retort.orm.SessionFactory;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Makes {@link AsyncSession}s for an {@link AsyncEngine}: SQLAlchemy's {@code async_sessionmaker}.
 * The sessions use the mappers the synchronous {@link SessionFactory} finds (every generated
 * registry on the class path), with the same settings.
 *
 * <pre>{@code
 * AsyncSessionFactory Session = AsyncSessionFactory.of(engine);
 * Session.inTransaction(session -> { session.add(user); return session.flush(); });   // commits
 * }</pre>
 */
public final class AsyncSessionFactory {
    private final AsyncEngine engine;
    private final SessionFactory sync;

    private AsyncSessionFactory(AsyncEngine engine) {
        this.engine = engine;
        this.sync = new SessionFactory(engine.syncEngine());
    }

    /** A factory of sessions on {@code engine}. */
    public static AsyncSessionFactory of(AsyncEngine engine) {
        return new AsyncSessionFactory(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Whether commit expires the session's objects (the default, as the synchronous session).
     * SQLAlchemy's documentation advises {@code expire_on_commit=False} for async sessions, so that
     * objects can still be read after a commit without a query; with Retort's plain fields, an
     * expired object still shows its values (the next query reloads it), so either works.
     */
    public AsyncSessionFactory expireOnCommit(boolean expire) {
        sync.expireOnCommit(expire);
        return this;
    }

    /** Whether queries flush pending changes first (the default). */
    public AsyncSessionFactory autoflush(boolean autoflush) {
        sync.autoflush(autoflush);
        return this;
    }

    /** A new session; nothing connects before its first operation that needs the database. */
    public AsyncSession open() {
        engine.checkOpen();
        return new AsyncSession(engine, sync.open(), sync.registry());
    }

    /** Runs {@code work} with a new session and closes the session after {@code work}'s future completes. */
    public <R> CompletableFuture<R> inSession(Function<? super AsyncSession, ? extends CompletionStage<R>> work) {
        AsyncSession s = open();
        return Futures.finallyClose(Futures.call(work, s), s::close);
    }

    /**
     * Runs {@code work} with a new session, commits when its future succeeds (rolls back when it
     * fails) and closes the session: SQLAlchemy's {@code async with Session() as s, s.begin():}.
     */
    public <R> CompletableFuture<R> inTransaction(Function<? super AsyncSession, ? extends CompletionStage<R>> work) {
        return inSession(s -> Futures.call(work, s).thenCompose(r -> s.commit().thenApply(x -> r)));
    }

    /** The engine. */
    public AsyncEngine engine() {
        return engine;
    }

    @Override
    public String toString() {
        return "AsyncSessionFactory(" + engine.url() + ")";
    }
}
