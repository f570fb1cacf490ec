package dev.retort.orm;

import dev.retort.exc.ArgumentException;
import dev.retort.engine.Engine;
import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.internal.PlanCache;
import dev.retort.orm.internal.SessionCore;
import dev.retort.orm.mapping.MapperRegistry;
import java.util.Objects;

/**
 * Makes sessions, SQLAlchemy's {@code sessionmaker}: configured once, at the level of the engine,
 * then called wherever a session is needed.
 *
 * <pre>{@code
 * SessionFactory Session = sessionmaker(engine);      // Session = sessionmaker(bind=engine)
 * SessionFactory later = sessionmaker(); later.configure(engine);
 * try (Session session = Session.open()) { ... }
 * }</pre>
 *
 * <p>The mapped classes are every declarative base listed in {@code META-INF/services} (the
 * processor writes the entries), unless a registry is given. Statements the unit of work runs are
 * compiled once per factory and shared by its sessions. Thread-safe.
 */
public final class SessionFactory {
    /** Loaded objects a session holds strongly before it flushes and lets the clean ones go. */
    public static final int DEFAULT_PIN_LIMIT = 10_000;

    private volatile Engine engine;
    private volatile MapperRegistry registry;
    private volatile PlanCache plans;
    private volatile boolean autoflush = true;
    private volatile int pinLimit = DEFAULT_PIN_LIMIT;
    private volatile boolean expireOnCommit = true;

    /** A factory with no engine yet; call {@link #configure(Engine)} before {@link #open()}. */
    public SessionFactory() {}

    /** A factory bound to {@code engine}. */
    public SessionFactory(Engine engine) {
        configure(engine);
    }

    /** Binds the factory to an engine (SQLAlchemy's {@code Session.configure(bind=engine)}). */
    public SessionFactory configure(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.plans = new PlanCache(engine.dialect());
        return this;
    }

    /** Uses these mapped classes instead of discovering them. */
    public SessionFactory registry(MapperRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /** Whether sessions flush before queries (default true). */
    public SessionFactory autoflush(boolean autoflush) {
        this.autoflush = autoflush;
        return this;
    }

    /**
     * Whether a commit expires every object of the session (default true, SQLAlchemy's
     * {@code expire_on_commit}). An expired object keeps the values its fields held (a plain field
     * read shows them: Retort cannot intercept it); the next query or {@code session.get} that
     * returns it overwrites its columns from the row (except columns set since the commit) and
     * sets up its relationships afresh, and {@code get} goes to the database for it. With
     * {@code false}, objects keep their state across commits until {@code refresh},
     * {@code expire} or a rollback reloads them.
     */
    public SessionFactory expireOnCommit(boolean expire) {
        this.expireOnCommit = expire;
        return this;
    }

    /**
     * How many loaded objects a session holds strongly before it flushes pending changes and holds
     * the clean ones weakly, so a long session over many rows does not keep them all. Objects are
     * also let go at commit and rollback. {@link Integer#MAX_VALUE} keeps every object until the
     * transaction ends. Default {@value #DEFAULT_PIN_LIMIT}. See {@code docs/design/identity-map.md}.
     */
    public SessionFactory pinLimit(int limit) {
        if (limit < 0) {
            throw new ArgumentException("pinLimit must not be negative: " + limit);
        }
        this.pinLimit = limit;
        return this;
    }

    /** The mapped classes. */
    public MapperRegistry registry() {
        MapperRegistry r = registry;
        if (r == null) {
            synchronized (this) {
                r = registry;
                if (r == null) {
                    r = MapperRegistry.discover(SessionFactory.class.getClassLoader());
                    if (r.isEmpty()) {
                        r = MapperRegistry.discover();
                    }
                    registry = r;
                }
            }
        }
        return r;
    }

    /** The engine, or {@code null} before {@link #configure}. */
    public Engine engine() {
        return engine;
    }

    /**
     * A new session.
     *
     * @throws InvalidRequestException when no engine has been configured
     */
    public Session open() {
        Engine e = engine;
        if (e == null) {
            throw new InvalidRequestException("This session factory has no engine: call configure(engine) first, or "
                    + "create it with sessionmaker(engine)");
        }
        return new Session(new SessionCore(e, registry(), plans, autoflush, pinLimit, expireOnCommit));
    }

    @Override
    public String toString() {
        return "SessionFactory(" + (engine == null ? "unbound" : engine) + ")";
    }
}
