package dev.retort.orm;

import dev.retort.engine.Connection;
import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.internal.BulkOperations;
import dev.retort.orm.internal.QueryItem;
import dev.retort.orm.internal.QuerySpec;
import dev.retort.orm.internal.SessionCore;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.NamedQuery;
import dev.retort.orm.mapping.QueryRunner;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Executable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLAlchemy's Session: a unit of work and an identity map over one transaction at a time.
 *
 * <pre>{@code
 * try (Session session = Session.open()) {            // Session = sessionmaker(engine)
 *     User ed = new User("ed", "Ed Jones", "edspassword");
 *     session.add(ed);                                   // pending
 *     User same = session.query(User.class).filterBy("name", "ed").first();   // autoflush: INSERT, then SELECT
 *     assert same == ed;                                 // identity map
 *     ed.password = "f8s7ccs";                           // dirty: found at flush
 *     session.commit();
 * }
 * }</pre>
 *
 * <p><b>Objects.</b> {@link #add} makes an object pending; a flush INSERTs it, ordered after what
 * it refers to, and fills in generated keys. Loaded objects are compared with what was loaded
 * at each flush: only changed columns are UPDATEd, version counters are checked. {@link #delete}
 * marks an object; the flush DELETEs it after its children. The {@code save-update} cascade
 * brings new objects reachable through relationships along.
 *
 * <p><b>Transactions.</b> The session begins a transaction on first use; {@link #commit()}
 * flushes and commits; {@link #rollback()} rolls back and reloads the objects it keeps (objects
 * added in the transaction become transient). When a flush fails, the database keeps nothing of
 * it, the objects get back their values, and the session raises
 * {@link dev.retort.exc.PendingRollbackException} until {@code rollback()} is called.
 *
 * <p><b>Memory.</b> The identity map holds objects weakly once nothing is left to write for them;
 * see {@link SessionFactory#pinLimit(int)}.
 *
 * <p>Not thread-safe: use one session per thread ({@link ScopedSession} helps).
 */
public final class Session implements QueryRunner, AutoCloseable {
    private final SessionCore core;
    private final BulkOperations bulk;

    Session(SessionCore core) {
        this.core = core;
        this.bulk = new BulkOperations(core);
    }

    // ------------------------------------------------------------------ objects

    /**
     * Adds an object: a transient one (never loaded or flushed, whatever its key holds) becomes
     * pending and is INSERTed at the next flush; one already in the session stays; a detached one
     * (it left a session) is persistent again with the state it left with, so only columns changed
     * since are UPDATEd.
     *
     * @throws InvalidRequestException for {@code null}, when another object with the same key is
     *     in the session, or for an object deleted by a flush of this transaction
     * @throws dev.retort.exc.UnmappedInstanceException for an object of a class that is not mapped
     */
    public void add(Object object) {
        core.add(object);
    }

    /** Adds every object. */
    public void addAll(Collection<?> objects) {
        for (Object o : objects) {
            core.add(o);
        }
    }

    /**
     * Marks a persistent object for deletion at the next flush (with its children, where a
     * relationship cascades DELETE).
     *
     * @throws InvalidRequestException when the object is transient, pending or detached
     */
    public void delete(Object object) {
        core.delete(object);
    }

    /** The object of {@code type} with primary key {@code id} (a value, or a List for a composite key): the identity map first, then the database; {@code null} if there is none. */
    public <E> E get(Class<E> type, Object id) {
        return core.get(type, id);
    }

    /** Copies the object's state onto the session's object with the same key (loading it, or adding a copy), and returns that object. */
    public <E> E merge(E object) {
        return core.merge(object);
    }

    /**
     * Reloads the object's columns from the database and resets its relationships. Unflushed
     * changes are discarded (nothing is flushed first), as in SQLAlchemy.
     */
    public void refresh(Object object) {
        core.refresh(object);
    }

    /**
     * SQLAlchemy's {@code expire}: the object's state is reloaded from the database. Retort cannot
     * intercept field reads, so it reloads now rather than on the next read.
     */
    public void expire(Object object) {
        core.refresh(object);
    }

    /** {@link #expire} for every object in the session. */
    public void expireAll() {
        core.refreshAll();
    }

    /** Takes the object (and, by cascade, related ones) out of the session, unsaved changes and all. */
    public void expunge(Object object) {
        core.expunge(object);
    }

    /** Takes every object out of the session. */
    public void expungeAll() {
        core.expungeAll();
    }

    /** Whether the object is pending or persistent in this session. */
    public boolean contains(Object object) {
        return core.contains(object);
    }

    /**
     * The session's object for {@code object}, flushing first if it is still pending. For most
     * objects that is {@code object} itself. A record whose key the database generates cannot take
     * the key, so its INSERT makes a <em>keyed copy</em> (the same values plus the key, sharing
     * its relationship collections) the session's object for the row; this returns that copy:
     *
     * <pre>{@code
     * Item draft = new Item(null, "lamp");
     * session.add(draft);
     * Item item = session.persisted(draft); // flushes: item.id() holds the generated key
     * }</pre>
     *
     * <p>The record that was added keeps a {@code null} key (it is immutable), but the session
     * still knows it as the copy's stand-in: {@code contains}, {@code delete} and relationships
     * that point at it act on the row.
     *
     * @throws InvalidRequestException if the object is not in this session
     */
    public <E> E persisted(E object) {
        return core.persisted(object);
    }

    /** Whether the object has changes (columns or loaded relationships) not yet flushed; true for pending objects. */
    public boolean isModified(Object object) {
        return core.isModified(object);
    }

    /** SQLAlchemy's {@code session.new}: objects added and not yet inserted. ({@code new} is a Java keyword.) */
    public Set<Object> newObjects() {
        return core.newObjects();
    }

    /** SQLAlchemy's {@code session.dirty}: persistent objects with changes not yet flushed. */
    public Set<Object> dirtyObjects() {
        return core.dirtyObjects();
    }

    /** SQLAlchemy's {@code session.deleted}: objects marked for deletion, not yet deleted. */
    public Set<Object> deletedObjects() {
        return core.deletedObjects();
    }

    // ------------------------------------------------------------------ unit of work and transactions

    /** Writes every pending change now, in one ordered, batched unit of work. */
    public void flush() {
        core.flush();
    }

    /**
     * Flushes and commits the transaction, then expires every object (unless the factory says
     * {@code expireOnCommit(false)}): the next query or {@link #get} that returns one reloads it
     * from its row; a plain field read shows what it held before.
     */
    public void commit() {
        core.commit();
    }

    /** Rolls the transaction back and puts the session's objects back in step with the database. */
    public void rollback() {
        core.rollback();
    }

    /** Rolls back any transaction and detaches every object; lazy collections not yet loaded can no longer load. */
    @Override
    public void close() {
        core.close();
    }

    /** Whether queries flush pending changes first (the default). */
    public boolean isAutoflush() {
        return core.isAutoflush();
    }

    /** Turns autoflush off or on. */
    public void setAutoflush(boolean autoflush) {
        core.setAutoflush(autoflush);
    }

    /**
     * Restricts lazy loading: touching a collection that is not loaded yet loads it only while
     * {@code allowedNow} returns {@code true}, and otherwise raises
     * {@link dev.retort.exc.LazyLoadException} naming {@code selectinLoad}/{@code joinedLoad},
     * with {@code why} in its message. The async session uses it so that no I/O happens on its
     * caller's thread; {@code allowedNow} is asked on the thread that touches the collection.
     */
    public void restrictLazyLoads(java.util.function.BooleanSupplier allowedNow, String why) {
        core.restrictLazyLoads(java.util.Objects.requireNonNull(allowedNow, "allowedNow"),
                java.util.Objects.requireNonNull(why, "why"));
    }

    /** Whether a transaction is in progress. */
    public boolean inTransaction() {
        return core.inTransaction();
    }

    /** The connection of the session's transaction (begun if needed). Do not close or commit it yourself. */
    public Connection connection() {
        return core.connection();
    }

    // ------------------------------------------------------------------ queries

    /** A query of one mapped class: its objects. */
    public <E> Query<E> query(Class<E> type) {
        EntityMapper<E> m = core.mapper(type);
        return new Query<>(core, QuerySpec.of(List.of(new QueryItem.Entity(m, m.table(), m.entityName()))));
    }

    /** A query of an aliased class: its objects. */
    public <E> Query<E> query(Aliased<E> alias) {
        EntityMapper<E> m = core.mapper(alias.type());
        return new Query<>(core, QuerySpec.of(List.of(new QueryItem.Entity(m, alias.alias(m.table()), alias.name()))));
    }

    /** A query of columns and expressions: rows. */
    public Query<Row> query(ColumnElement<?>... columns) {
        return query((Object[]) columns);
    }

    /**
     * A query of several items — mapped classes ({@code User.class}), aliases, attributes and
     * expressions — returning rows: {@code row.get(User.class)}, {@code row.get("name")}.
     */
    public Query<Row> query(Object... items) {
        List<QueryItem> list = new ArrayList<>();
        for (Object i : items) {
            if (i instanceof Class) {
                EntityMapper<?> m = core.mapper((Class<?>) i);
                list.add(new QueryItem.Entity(m, m.table(), m.entityName()));
            } else if (i instanceof Aliased) {
                Aliased<?> a = (Aliased<?>) i;
                EntityMapper<?> m = core.mapper(a.type());
                list.add(new QueryItem.Entity(m, a.alias(m.table()), a.name()));
            } else if (i instanceof ColumnElement) {
                list.add(new QueryItem.Expression((ColumnElement<?>) i));
            } else {
                throw new InvalidRequestException("query() takes mapped classes, aliases and column expressions, not "
                        + i);
            }
        }
        if (list.isEmpty()) {
            throw new InvalidRequestException("query() needs at least one class or column");
        }
        return new Query<>(core, QuerySpec.of(list));
    }

    /** Runs a Core statement in the session's transaction (after an autoflush). */
    public Result execute(Executable statement) {
        return core.execute(statement, Map.of());
    }

    /** Runs a Core statement with parameters in the session's transaction. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return core.execute(statement, parameters);
    }

    /** Runs a Core statement once per parameter set (executemany) in the session's transaction. */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return core.execute(statement, parameterSets);
    }

    @Override
    public <R> List<R> list(NamedQuery<R> query, Object... arguments) {
        return bulk.list(query, arguments);
    }

    @Override
    public int update(NamedQuery<?> query, Object... arguments) {
        return bulk.update(query, arguments);
    }

    // ------------------------------------------------------------------ bulk

    /**
     * INSERTs one row per mapping (attribute name → value), batched; no objects are made and the
     * identity map is not touched (SQLAlchemy's {@code bulk_insert_mappings}).
     *
     * @return the number of rows inserted
     */
    public int bulkInsertMappings(Class<?> type, List<? extends Map<String, ?>> mappings) {
        return bulk.bulkInsertMappings(core.mapper(type), mappings);
    }

    /**
     * INSERTs one row per mapped object, in order, in JDBC batches, without making the objects
     * part of the session (SQLAlchemy's {@code bulk_save_objects} of new objects): the fast way
     * to write many rows you will not use as objects afterwards. The objects are left as they
     * are: a key the database generates is not read back into them, and a {@code null}
     * attribute with a {@code @Column(defaultValue)} inserts the default without setting it.
     * The list may mix mapped classes; consecutive objects of one class share batches.
     *
     * @return the number of rows inserted
     * @throws dev.retort.exc.UnmappedInstanceException when an object's class is not mapped
     */
    public int bulkInsert(List<?> objects) {
        return bulk.bulkInsert(objects);
    }

    /**
     * UPDATEs one row per mapping, found by the primary key attributes each mapping must contain,
     * batched; the identity map is not touched (SQLAlchemy's {@code bulk_update_mappings}).
     *
     * @return the number of rows updated
     */
    public int bulkUpdateMappings(Class<?> type, List<? extends Map<String, ?>> mappings) {
        return bulk.bulkUpdateMappings(core.mapper(type), mappings);
    }

    @Override
    public String toString() {
        return "Session(" + core.engine() + (core.isClosed() ? ", closed" : "") + ")";
    }
}
