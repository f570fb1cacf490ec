package dev.retort.orm;

import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Executable;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * One session per thread, SQLAlchemy's {@code scoped_session}: each thread that uses it gets its
 * own session, opened on first use; {@link #remove()} closes the current thread's session (call it
 * at the end of a request).
 *
 * <pre>{@code
 * ScopedSession db = scopedSession(sessionmaker(engine));
 * List<Company> companies = db.query(Company.class).all();
 * db.remove();
 * }</pre>
 *
 * <p>The common session methods are here and act on the current thread's session;
 * {@link #current()} gives the session itself.
 */
public final class ScopedSession {
    private final SessionFactory factory;
    private final ThreadLocal<Session> sessions = new ThreadLocal<>();

    public ScopedSession(SessionFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The current thread's session, opened if it has none. */
    public Session current() {
        Session s = sessions.get();
        if (s == null) {
            s = factory.open();
            sessions.set(s);
        }
        return s;
    }

    /** Whether the current thread has a session. */
    public boolean hasSession() {
        return sessions.get() != null;
    }

    /** Closes and forgets the current thread's session, if any. */
    public void remove() {
        Session s = sessions.get();
        sessions.remove();
        if (s != null) {
            s.close();
        }
    }

    public <E> Query<E> query(Class<E> type) {
        return current().query(type);
    }

    public Query<Row> query(ColumnElement<?>... columns) {
        return current().query(columns);
    }

    public Query<Row> query(Object... items) {
        return current().query(items);
    }

    public void add(Object object) {
        current().add(object);
    }

    public void addAll(Collection<?> objects) {
        current().addAll(objects);
    }

    public void delete(Object object) {
        current().delete(object);
    }

    public <E> E get(Class<E> type, Object id) {
        return current().get(type, id);
    }

    public <E> E merge(E object) {
        return current().merge(object);
    }

    public void flush() {
        current().flush();
    }

    public void commit() {
        current().commit();
    }

    public void rollback() {
        current().rollback();
    }

    public Result execute(Executable statement) {
        return current().execute(statement);
    }

    public Result execute(Executable statement, Map<String, ?> parameters) {
        return current().execute(statement, parameters);
    }
}
