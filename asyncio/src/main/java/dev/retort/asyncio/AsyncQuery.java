package dev.retort.asyncio;

import dev.retort.engine.Connection;
import dev.retort.orm.LoaderOption;
import dev.retort.orm.Query;
import dev.retort.orm.Session;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.ColumnElement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A {@link Query} of an {@link AsyncSession}: built the same way, and its terminal operations
 * return futures (or, for {@link #stream()}, a {@link Flow.Publisher}). Building does nothing
 * until a terminal operation runs the query on the session's turn. Immutable: each step returns a
 * new query.
 *
 * @param <R> what a result is: the mapped class, or {@link dev.retort.engine.Row}
 */
public final class AsyncQuery<R> {
    private final AsyncSession session;
    private final Function<Session, Query<R>> build;

    AsyncQuery(AsyncSession session, Function<Session, Query<R>> build) {
        this.session = session;
        this.build = build;
    }

    private AsyncQuery<R> then(Function<Query<R>, Query<R>> step) {
        return new AsyncQuery<>(session, build.andThen(step));
    }

    /** Adds WHERE criteria (see {@link Query#filter}). */
    @SafeVarargs
    public final AsyncQuery<R> filter(ColumnElement<Boolean>... criteria) {
        ColumnElement<Boolean>[] c = criteria.clone();
        return then(q -> q.filter(c));
    }

    /** Filters by an attribute's value (see {@link Query#filterBy(String, Object)}). */
    public AsyncQuery<R> filterBy(String attribute, Object value) {
        return then(q -> q.filterBy(attribute, value));
    }

    /** Filters by attributes' values (see {@link Query#filterBy(Map)}). */
    public AsyncQuery<R> filterBy(Map<String, ?> criteria) {
        Map<String, ?> c = Map.copyOf(criteria);
        return then(q -> q.filterBy(c));
    }

    /** ORDER BY (see {@link Query#orderBy}). */
    public AsyncQuery<R> orderBy(ColumnElement<?>... expressions) {
        ColumnElement<?>[] e = expressions.clone();
        return then(q -> q.orderBy(e));
    }

    /** LIMIT. */
    public AsyncQuery<R> limit(int n) {
        return then(q -> q.limit(n));
    }

    /** OFFSET. */
    public AsyncQuery<R> offset(int n) {
        return then(q -> q.offset(n));
    }

    /** DISTINCT. */
    public AsyncQuery<R> distinct() {
        return then(Query::distinct);
    }

    /** Loader options: {@code selectinLoad}, {@code joinedLoad}, ... (see {@link Query#options}). */
    public AsyncQuery<R> options(LoaderOption... options) {
        LoaderOption[] o = options.clone();
        return then(q -> q.options(o));
    }

    /** Joins along a relationship (see {@link Query#join(Relation)}). */
    public AsyncQuery<R> join(Relation<?, ?> relation) {
        return then(q -> q.join(relation));
    }

    /** Outer-joins along a relationship. */
    public AsyncQuery<R> outerJoin(Relation<?, ?> relation) {
        return then(q -> q.outerJoin(relation));
    }

    // ------------------------------------------------------------------ terminal operations

    private <T> CompletableFuture<T> run(Function<Query<R>, T> terminal) {
        return session.run(() -> terminal.apply(build.apply(session.session())));
    }

    /** Every result. */
    public CompletableFuture<List<R>> all() {
        return run(Query::all);
    }

    /** The first result, or {@code null}. */
    public CompletableFuture<R> first() {
        return run(Query::first);
    }

    /** The only result (NoResultFoundException, MultipleResultsFoundException otherwise). */
    public CompletableFuture<R> one() {
        return run(Query::one);
    }

    /** The only result or {@code null} (MultipleResultsFoundException for several). */
    public CompletableFuture<R> oneOrNull() {
        return run(Query::oneOrNull);
    }

    /** The object with this primary key (see {@link Query#get}). */
    public CompletableFuture<R> get(Object id) {
        return run(q -> q.get(id));
    }

    /** The number of results. */
    public CompletableFuture<Long> count() {
        return run(Query::count);
    }

    /** Whether there is any result. */
    public CompletableFuture<Boolean> exists() {
        return run(Query::exists);
    }

    /** Bulk UPDATE of the matching rows (see {@link Query#update}). */
    public CompletableFuture<Integer> update(Map<String, ?> values) {
        Map<String, ?> v = Map.copyOf(values);
        return run(q -> q.update(v));
    }

    /** Bulk DELETE of the matching rows (see {@link Query#delete}). */
    public CompletableFuture<Integer> delete() {
        return run(Query::delete);
    }

    /**
     * Streams the results with back-pressure (SQLAlchemy's {@code await session.stream(...)}): the
     * query runs when the subscriber first requests, results are read as requested, with the
     * engine's fetch size, and cancelling closes the cursor.
     */
    public Flow.Publisher<R> stream() {
        return new StreamPublisher<>(session.lane(), session.target(), () -> {
            Session s = session.session();
            Connection c = s.connection();
            c.setFetchSize(session.engine().fetchSize());
            Stream<R> stream;
            Iterator<R> it;
            try {
                stream = build.apply(s).stream();
                it = stream.iterator();
                it.hasNext(); // executes the query while the fetch size is set
            } finally {
                c.setFetchSize(0);
            }
            return new StreamPublisher.Cursor<R>() {
                @Override
                public R next() {
                    return it.hasNext() ? it.next() : null;
                }

                @Override
                public void close() {
                    stream.close();
                }
            };
        }, 256);
    }

    @Override
    public String toString() {
        return "AsyncQuery(" + session + ")";
    }
}
