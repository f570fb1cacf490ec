package dev.retort.orm;

import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.orm.mapping.NamedQuery;
import dev.retort.orm.mapping.QueryRunner;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Executable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * <p>Every {@link Session} method except {@code close()} is here and acts on the current thread's
 * session ({@link #remove()} closes it); {@link #current()} gives the session itself. Named
 * queries run on it too: {@code Address_.byEmail(db, "ed@example.com")}.
 */
public final class ScopedSession implements QueryRunner {
    private final SessionFactory factory;
    private final ThreadLocal<Session> sessions = new ThreadLocal<>();

    /** A scope whose threads open their sessions from {@code factory}. */
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

    /** A query of one mapped class in the current thread's session: see {@link Session#query(Class)}. */
    public <E> Query<E> query(Class<E> type) {
        return current().query(type);
    }

    /** A query of an aliased class in the current thread's session: see {@link Session#query(Aliased)}. */
    public <E> Query<E> query(Aliased<E> alias) {
        return current().query(alias);
    }

    /**
     * A query of columns and expressions in the current thread's session: see
     * {@link Session#query(ColumnElement...)}.
     */
    public Query<Row> query(ColumnElement<?>... columns) {
        return current().query(columns);
    }

    /** A query of several items in the current thread's session: see {@link Session#query(Object...)}. */
    public Query<Row> query(Object... items) {
        return current().query(items);
    }

    /** Adds an object to the current thread's session: see {@link Session#add}. */
    public void add(Object object) {
        current().add(object);
    }

    /** Adds every object to the current thread's session: see {@link Session#addAll}. */
    public void addAll(Collection<?> objects) {
        current().addAll(objects);
    }

    /** Marks a persistent object for deletion in the current thread's session: see {@link Session#delete}. */
    public void delete(Object object) {
        current().delete(object);
    }

    /**
     * The object of {@code type} with primary key {@code id} in the current thread's session, or
     * {@code null}: see {@link Session#get}.
     */
    public <E> E get(Class<E> type, Object id) {
        return current().get(type, id);
    }

    /**
     * Merges the object's state into the current thread's session and returns the session's object:
     * see {@link Session#merge}.
     */
    public <E> E merge(E object) {
        return current().merge(object);
    }

    /**
     * The current thread's session's object for {@code object} (a record's keyed copy after its
     * INSERT generated the key): see {@link Session#persisted}.
     */
    public <E> E persisted(E object) {
        return current().persisted(object);
    }

    /** Reloads the object in the current thread's session: see {@link Session#refresh}. */
    public void refresh(Object object) {
        current().refresh(object);
    }

    /** Expires (reloads) the object in the current thread's session: see {@link Session#expire}. */
    public void expire(Object object) {
        current().expire(object);
    }

    /** Expires (reloads) every object in the current thread's session: see {@link Session#expireAll}. */
    public void expireAll() {
        current().expireAll();
    }

    /** Takes the object out of the current thread's session: see {@link Session#expunge}. */
    public void expunge(Object object) {
        current().expunge(object);
    }

    /** Takes every object out of the current thread's session: see {@link Session#expungeAll}. */
    public void expungeAll() {
        current().expungeAll();
    }

    /** Whether the object is pending or persistent in the current thread's session: see {@link Session#contains}. */
    public boolean contains(Object object) {
        return current().contains(object);
    }

    /** Whether the object has unflushed changes: see {@link Session#isModified}. */
    public boolean isModified(Object object) {
        return current().isModified(object);
    }

    /** The current thread's session's new objects: see {@link Session#newObjects}. */
    public Set<Object> newObjects() {
        return current().newObjects();
    }

    /** The current thread's session's changed objects: see {@link Session#dirtyObjects}. */
    public Set<Object> dirtyObjects() {
        return current().dirtyObjects();
    }

    /** The current thread's session's objects marked for deletion: see {@link Session#deletedObjects}. */
    public Set<Object> deletedObjects() {
        return current().deletedObjects();
    }

    /** Flushes the current thread's session: see {@link Session#flush}. */
    public void flush() {
        current().flush();
    }

    /** Flushes and commits the current thread's session: see {@link Session#commit}. */
    public void commit() {
        current().commit();
    }

    /** Rolls back the current thread's session: see {@link Session#rollback}. */
    public void rollback() {
        current().rollback();
    }

    /** Runs a Core statement in the current thread's session: see {@link Session#execute(Executable)}. */
    public Result execute(Executable statement) {
        return current().execute(statement);
    }

    /**
     * Runs a Core statement with parameters in the current thread's session: see
     * {@link Session#execute(Executable, Map)}.
     */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return current().execute(statement, parameters);
    }

    /**
     * Runs a Core statement once per parameter set in the current thread's session: see
     * {@link Session#execute(Executable, List)}.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return current().execute(statement, parameterSets);
    }

    /** Runs a SELECT named query in the current thread's session: see {@link Session#list}. */
    @Override
    public <R> List<R> list(NamedQuery<R> query, Object... arguments) {
        return current().list(query, arguments);
    }

    /** Runs a writing named query in the current thread's session: see {@link Session#update}. */
    @Override
    public int update(NamedQuery<?> query, Object... arguments) {
        return current().update(query, arguments);
    }

    /** Bulk INSERT of mappings in the current thread's session: see {@link Session#bulkInsertMappings}. */
    public int bulkInsertMappings(Class<?> type, List<? extends Map<String, ?>> mappings) {
        return current().bulkInsertMappings(type, mappings);
    }

    /** Bulk UPDATE of mappings in the current thread's session: see {@link Session#bulkUpdateMappings}. */
    public int bulkUpdateMappings(Class<?> type, List<? extends Map<String, ?>> mappings) {
        return current().bulkUpdateMappings(type, mappings);
    }
}
