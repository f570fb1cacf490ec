package dev.retort.benchmarks;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Transaction;
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
 * Issue #4: insert 100,000 new customers and commit, into an empty table (dropped and created
 * before every invocation, untimed). Names and descriptions are made once, so every contender
 * gets the same strings and none pays for building them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@State(Scope.Benchmark)
public class Insert100k {
    static final int N = 100_000;

    private Database db;
    private String[] names;
    private String[] descriptions;

    @Setup(Level.Trial)
    public void start() {
        db = new Database();
        names = Database.names(N);
        descriptions = Database.descriptions(N);
    }

    @Setup(Level.Invocation)
    public void emptyTable() {
        db.recreate();
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
        db.expect(N, null, "Insert100k");
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** What people write: PreparedStatement batches of 1000, no generated keys. The baseline. */
    @Benchmark
    public int jdbc() throws SQLException {
        try (Connection c = db.jdbc()) {
            return Database.batchInsert(c, names, descriptions);
        }
    }

    /**
     * The honest comparison for an ORM that fills ids into objects: one executeUpdate per row and
     * its generated key read back (Derby returns only the last key of a batch).
     */
    @Benchmark
    public long jdbcPerRowKeys() throws SQLException {
        long[] ids = new long[N];
        try (Connection c = db.jdbc(); PreparedStatement ps = c.prepareStatement(Database.INSERT, new String[] {"ID"})) {
            for (int i = 0; i < N; i++) {
                ps.setString(1, names[i]);
                ps.setString(2, descriptions[i]);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
            c.commit();
        }
        return checkLastId(ids[N - 1]);
    }

    /** {@code session.addAll(100,000 new objects); session.commit()}: ids are filled in. */
    @Benchmark
    public long retort() {
        List<Customer> customers = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            customers.add(new Customer(names[i], descriptions[i]));
        }
        try (Session session = db.retort.open()) {
            session.addAll(customers);
            session.commit();
        }
        return checkLastId(customers.get(N - 1).id);
    }

    /** Hibernate's batch-insert idiom: persist each, flush and clear every 1000, commit. */
    @Benchmark
    public long hibernate() {
        HibernateCustomer last = null;
        try (org.hibernate.Session session = db.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            for (int i = 0; i < N; i++) {
                last = new HibernateCustomer(names[i], descriptions[i]);
                session.persist(last);
                if ((i + 1) % Database.BATCH == 0) {
                    session.flush();
                    session.clear();
                }
            }
            tx.commit();
        }
        return checkLastId(last.id);
    }

    private static long checkLastId(Long id) {
        if (id == null || id != N) {
            throw new IllegalStateException("The last object's generated key is " + id + ", expected " + N);
        }
        return id;
    }
}
