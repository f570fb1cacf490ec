package dev.retort.asyncio;

import dev.retort.engine.Connection;
import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.exc.RetortException;
import dev.retort.orm.Query;
import dev.retort.orm.Session;
import dev.retort.orm.mapping.MapperRegistry;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Executable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A {@link Session} used from non-blocking code: SQLAlchemy's {@code AsyncSession}. The same unit
 * of work, identity map and transaction semantics, because it is the same session underneath,
 * confined to Retort's threads: each method queues its operation, operations run one after the
 * other in call order, and the returned future completes on Retort's thread (see
 * {@link AsyncEngine}).
 *
 * <pre>{@code
 * AsyncSession session = Session.open();           // Session = AsyncSessionFactory.of(engine)
 * session.add(new User("ed", "Ed Jones"));
 * session.commit()
 *     .thenCompose(x -> session.query(User.class).options(selectinLoad(User_.addresses)).all())
 *     .thenAccept(users -> users.forEach(u -> System.out.println(u.addresses)))
 *     .whenComplete((x, e) -> session.close());
 * }</pre>
 *
 * <p><b>No implicit I/O.</b> Objects come back to your thread, and touching a collection that was
 * not loaded would have to query from there. So it raises {@link dev.retort.exc.LazyLoadException}
 * instead (SQLAlchemy raises {@code MissingGreenlet}): load it in the query with
 * {@code selectinLoad}/{@code joinedLoad}, with {@link #refresh(Object, Relation[])}, or with
 * {@link #related(Object, Relation)}, the awaitable loader. Inside {@link #runSync} lazy loading works
 * as in a synchronous session.
 *
 * <p><b>Connections.</b> The session takes a connection at its first operation and holds it until
 * commit, rollback or close, as the synchronous session does; while every connection is taken,
 * its operations wait (without a thread) up to the engine's {@code connectTimeout}.
 *
 * <p><b>Cancelling</b> a returned future (or a {@linkplain #setStatementTimeout timeout}) cancels
 * the running statement and rolls the session back, as {@link #rollback()} does: the session is
 * usable again, its pending changes are gone.
 */
public final class AsyncSession {
    private final AsyncEngine engine;
    private final Session session;
    private final MapperRegistry registry;
    private final Lane lane;
    private final Op.Target target;
    private volatile Duration timeout;

    AsyncSession(AsyncEngine engine, Session session, MapperRegistry registry) {
        this.engine = engine;
        this.session = session;
        this.registry = registry;
        this.timeout = engine.statementTimeout();
        this.lane = new Lane(engine.threads(), engine.gate(), session::inTransaction);
        session.restrictLazyLoads(lane::isCurrent, "an AsyncSession does no implicit I/O on the caller's thread "
                + "(load it with session.related(object, relationship) or session.refresh(object, relationship), "
                + "or in runSync)");
        this.target = new Op.Target() {
            @Override
            public Connection pin() {
                try {
                    return session.connection();
                } catch (RetortException e) {
                    return null; // closed, or pending rollback: the operation itself says so
                }
            }

            @Override
            public void recover() {
                session.rollback();
            }
        };
    }

    <T> CompletableFuture<T> run(Op.Work<T> work) {
        return Op.submit(lane, target, true, timeout, engine.timer(), work);
    }

    // ------------------------------------------------------------------ objects

    /** Adds an object (see {@link Session#add}); the future completes once it is in the session. */
    public CompletableFuture<Void> add(Object object) {
        Objects.requireNonNull(object, "object");
        return run(() -> {
            session.add(object);
            return null;
        });
    }

    /** Adds several objects (see {@link Session#addAll}). */
    public CompletableFuture<Void> addAll(Collection<?> objects) {
        List<?> copy = new ArrayList<>(objects);
        return run(() -> {
            session.addAll(copy);
            return null;
        });
    }

    /** Marks an object for deletion at the next flush (see {@link Session#delete}). */
    public CompletableFuture<Void> delete(Object object) {
        return run(() -> {
            session.delete(object);
            return null;
        });
    }

    /** The object with this primary key, from the identity map or the database; {@code null} if none. */
    public <E> CompletableFuture<E> get(Class<E> type, Object id) {
        return run(() -> session.get(type, id));
    }

    /** Copies the state of {@code object} into the session's object of the same key (see {@link Session#merge}). */
    public <E> CompletableFuture<E> merge(E object) {
        return run(() -> session.merge(object));
    }

    /** Reloads the object's columns from its row (see {@link Session#refresh}). */
    public CompletableFuture<Void> refresh(Object object) {
        return run(() -> {
            session.refresh(object);
            return null;
        });
    }

    /**
     * Reloads the object and loads the given relationships of it (SQLAlchemy's
     * {@code await session.refresh(obj, ["addresses"])}), so they can be read on any thread.
     */
    @SafeVarargs
    public final <E> CompletableFuture<Void> refresh(E object, Relation<E, ?>... relationships) {
        List<Relation<E, ?>> rs = List.of(relationships);
        return run(() -> {
            session.refresh(object);
            for (Relation<E, ?> r : rs) {
                loadRelated(object, r);
            }
            return null;
        });
    }

    /**
     * The awaitable loader (SQLAlchemy's {@code await obj.awaitable_attrs.addresses}): loads the
     * relationship if it is not loaded yet, and returns the related objects (for a reference, a
     * list of zero or one). Afterwards the field can be read on any thread.
     */
    public <E, T> CompletableFuture<List<T>> related(E owner, Relation<E, T> relationship) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(relationship, "relationship");
        return run(() -> loadRelated(owner, relationship));
    }

    @SuppressWarnings("unchecked")
    private <E, T> List<T> loadRelated(E owner, Relation<E, T> r) {
        Object value = registry.mapper(r.ownerType()).getRelated(owner, r.index());
        if (value instanceof Collection) {
            return new ArrayList<>((Collection<T>) value); // touching it loads it, here on the lane
        }
        return value == null ? List.of() : List.of((T) value);
    }

    // ------------------------------------------------------------------ unit of work and transactions

    /** Writes every pending change now (see {@link Session#flush}). */
    public CompletableFuture<Void> flush() {
        return run(() -> {
            session.flush();
            return null;
        });
    }

    /** Flushes and commits (see {@link Session#commit}); the connection goes back to the pool. */
    public CompletableFuture<Void> commit() {
        return run(() -> {
            session.commit();
            return null;
        });
    }

    /** Rolls back (see {@link Session#rollback}); the connection goes back to the pool. */
    public CompletableFuture<Void> rollback() {
        return Op.submit(lane, target, false, null, engine.timer(), () -> {
            session.rollback();
            return null;
        });
    }

    /** Rolls back any transaction and detaches every object (see {@link Session#close}). */
    public CompletableFuture<Void> close() {
        return Op.submit(lane, target, false, null, engine.timer(), () -> {
            session.close();
            return null;
        });
    }

    /**
     * Sets a timeout for each of this session's operations from now on ({@code null}: none). An
     * operation that runs longer has its statement cancelled and the session rolled back, and
     * fails with {@link dev.retort.exc.StatementTimeoutException}.
     */
    public void setStatementTimeout(Duration timeout) {
        this.timeout = AsyncEngine.checkTimeout(timeout);
    }

    // ------------------------------------------------------------------ queries and statements

    /** A query of one mapped class; its terminal operations return futures. */
    public <E> AsyncQuery<E> query(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return new AsyncQuery<>(this, s -> s.query(type));
    }

    /** A query of several classes and columns, returning rows. */
    public AsyncQuery<Row> query(Object... items) {
        Object[] copy = items.clone();
        return new AsyncQuery<>(this, s -> s.query(copy));
    }

    /** Runs a Core statement in the session's transaction (after an autoflush). */
    public CompletableFuture<BufferedResult> execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Runs a Core statement with parameters in the session's transaction. */
    public CompletableFuture<BufferedResult> execute(Executable statement, Map<String, ?> parameters) {
        Map<String, ?> p = Map.copyOf(parameters);
        return run(() -> BufferedResult.of(session.execute(statement, p)));
    }

    /** The first column of the first row of a Core statement, or {@code null}. */
    public CompletableFuture<Object> scalar(Executable statement) {
        return run(() -> {
            try (Result r = session.execute(statement)) {
                return r.scalar();
            }
        });
    }

    /**
     * Runs synchronous code with the {@link Session} underneath, on Retort's thread, in turn with
     * this session's other operations (SQLAlchemy's {@code run_sync}); lazy loading works there.
     * Do not keep the session or let it escape {@code work}.
     */
    public <R> CompletableFuture<R> runSync(Function<? super Session, ? extends R> work) {
        Objects.requireNonNull(work, "work");
        return run(() -> work.apply(session));
    }

    Session session() {
        return session;
    }

    Lane lane() {
        return lane;
    }

    Op.Target target() {
        return target;
    }

    AsyncEngine engine() {
        return engine;
    }

    @Override
    public String toString() {
        return "AsyncSession(" + engine.url() + ")";
    }
}
