package dev.retort.benchmarks.flush;

import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two workloads where every autoflush used to walk the session, JDBC against Retort on
 * embedded in-memory Derby (a micro-benchmark of the flush; the full peer comparison is the
 * harness's):
 * <ul>
 *   <li><b>lazy</b>: load 1,000 owners, then each one's 10 places through its default lazy
 *       collection (1 + 1,000 queries), in one session that grows to 11,000 objects;</li>
 *   <li><b>get</b>: 10,000 primary-key lookups, a fresh session (JDBC: a fresh transaction)
 *       every 1,000.</li>
 * </ul>
 * The rows are written once per trial; the benchmarks only read. {@link #flushClean} measures a
 * flush with nothing to do in a session holding all of them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LazyAndGet {
    static final String URL = "jdbc:derby:memory:retort_flush_bench;create=true";
    static final int OWNERS = 1000;
    static final int PLACES = 10;
    static final int GETS = 10_000;
    static final int GETS_PER_SESSION = 1000;

    private Engine engine;
    private SessionFactory factory;

    /** A place as hand-written JDBC code builds it. */
    record PlaceRow(long id, String email, long ownerId) {}

    /** An owner as hand-written JDBC code builds it, with its places. */
    static final class OwnerRow {
        final long id;
        final String name;
        List<PlaceRow> places;

        OwnerRow(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Setup(Level.Trial)
    public void start() throws SQLException {
        engine = Engine.create(URL);
        factory = sessionmaker(engine);
        FlushBase_.metadata().dropAll(engine);
        FlushBase_.metadata().createAll(engine);
        try (Connection c = jdbc();
                PreparedStatement o = c.prepareStatement("INSERT INTO flush_owner (name) VALUES (?)");
                PreparedStatement p = c.prepareStatement("INSERT INTO flush_place (email, owner_id) VALUES (?, ?)")) {
            for (int i = 1; i <= OWNERS; i++) {
                o.setString(1, "owner " + i);
                o.addBatch();
            }
            o.executeBatch();
            for (int i = 1; i <= OWNERS; i++) {
                for (int k = 0; k < PLACES; k++) {
                    p.setString(1, "owner" + i + "." + k + "@example.org");
                    p.setLong(2, i);
                    p.addBatch();
                }
            }
            p.executeBatch();
            c.commit();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        engine.close();
    }

    private static Connection jdbc() throws SQLException {
        Connection c = DriverManager.getConnection(URL);
        c.setAutoCommit(false);
        return c;
    }

    /** One SELECT of the owners, then one SELECT of each owner's places, columns read by index. */
    @Benchmark
    public int lazyJdbc() throws SQLException {
        int n = 0;
        try (Connection c = jdbc();
                PreparedStatement owners = c.prepareStatement("SELECT id, name FROM flush_owner ORDER BY id");
                PreparedStatement places = c.prepareStatement(
                        "SELECT id, email, owner_id FROM flush_place WHERE owner_id = ? ORDER BY id")) {
            List<OwnerRow> all = new ArrayList<>();
            try (ResultSet rs = owners.executeQuery()) {
                while (rs.next()) {
                    all.add(new OwnerRow(rs.getLong(1), rs.getString(2)));
                }
            }
            for (OwnerRow o : all) {
                places.setLong(1, o.id);
                List<PlaceRow> list = new ArrayList<>();
                try (ResultSet rs = places.executeQuery()) {
                    while (rs.next()) {
                        list.add(new PlaceRow(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    }
                }
                o.places = list;
                n += list.size();
            }
            c.commit();
        }
        return check(n);
    }

    /** {@code query(Owner).all()}, then each owner's lazy {@code places}, in one session. */
    @Benchmark
    public int lazyRetort() {
        int n = 0;
        try (Session s = factory.open()) {
            for (Owner o : s.query(Owner.class).orderBy(Owner_.id).all()) {
                n += o.places.size();
            }
            s.commit();
        }
        return check(n);
    }

    /** 10,000 lookups by key through one prepared statement, a new transaction every 1,000. */
    @Benchmark
    public int getJdbc() throws SQLException {
        int n = 0;
        for (int from = 0; from < GETS; from += GETS_PER_SESSION) {
            try (Connection c = jdbc();
                    PreparedStatement ps = c.prepareStatement("SELECT id, name FROM flush_owner WHERE id = ?")) {
                for (int i = from; i < from + GETS_PER_SESSION; i++) {
                    ps.setLong(1, i % OWNERS + 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && new OwnerRow(rs.getLong(1), rs.getString(2)).name != null) {
                            n++;
                        }
                    }
                }
                c.commit();
            }
        }
        return checkGets(n);
    }

    /** 10,000 {@code session.get}s, a new session every 1,000 (each key once per session). */
    @Benchmark
    public int getRetort() {
        int n = 0;
        for (int from = 0; from < GETS; from += GETS_PER_SESSION) {
            try (Session s = factory.open()) {
                for (int i = from; i < from + GETS_PER_SESSION; i++) {
                    if (s.get(Owner.class, (long) (i % OWNERS + 1)) != null) {
                        n++;
                    }
                }
                s.commit();
            }
        }
        return checkGets(n);
    }

    /** A session holding the 1,000 owners and their loaded places (11,000 objects), nothing changed. */
    @State(Scope.Thread)
    public static class Loaded {
        Session session;
        List<Owner> owners;

        @Setup(Level.Trial)
        public void load(LazyAndGet bench) {
            session = bench.factory.open();
            owners = session.query(Owner.class).orderBy(Owner_.id).all();
            int n = 0;
            for (Owner o : owners) {
                n += o.places.size();
            }
            check(n);
        }

        @TearDown(Level.Trial)
        public void close() {
            session.close();
        }
    }

    /**
     * A flush with nothing to do, in a session of 11,000 objects: the cost every autoflushing query
     * pays (run with {@code -prof gc}: it should allocate nothing).
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void flushClean(Loaded loaded) {
        loaded.session.flush();
    }

    private static int check(int places) {
        if (places != OWNERS * PLACES) {
            throw new IllegalStateException("expected " + OWNERS * PLACES + " places, loaded " + places);
        }
        return places;
    }

    private static int checkGets(int found) {
        if (found != GETS) {
            throw new IllegalStateException("expected " + GETS + " objects, found " + found);
        }
        return found;
    }
}
