package dev.retort.benchmarks;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The seed's {@code test_orm_flush}: over 10,000 existing customers, for each chunk of 1000 ids
 * load the customers with {@code id BETWEEN chunk AND chunk + 1000}, append "updated" to each
 * description, flush; commit at the end. The table is dropped, created and filled (ids 1..10,000)
 * before every invocation, untimed. BETWEEN is inclusive, so ids 1000, 2000, ... 9000 are loaded
 * twice and updated twice, by every contender.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 20)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@State(Scope.Benchmark)
public class ChunkedFlush10k {
    static final int N = 10_000;
    static final int CHUNK = 1000;

    private Database db;

    @Setup(Level.Trial)
    public void start() {
        db = new Database();
    }

    @Setup(Level.Invocation)
    public void fill() throws SQLException {
        db.recreate();
        db.fill(N);
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
        db.expect(N, "description LIKE '%updated'", "ChunkedFlush10k");
        db.expect(N / CHUNK - 1, "description LIKE '%updatedupdated'", "ChunkedFlush10k");
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** SELECT each chunk, then one batched UPDATE of the description by id per chunk. The baseline. */
    @Benchmark
    public int jdbc() throws SQLException {
        int rows = 0;
        try (Connection c = db.jdbc();
                PreparedStatement select = c.prepareStatement("SELECT id, description FROM customer WHERE id BETWEEN ? AND ?");
                PreparedStatement update = c.prepareStatement("UPDATE customer SET description = ? WHERE id = ?")) {
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                select.setLong(1, chunk);
                select.setLong(2, chunk + CHUNK);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        update.setString(1, rs.getString(2) + "updated");
                        update.setLong(2, rs.getLong(1));
                        update.addBatch();
                    }
                }
                for (int n : update.executeBatch()) {
                    rows += n;
                }
            }
            c.commit();
        }
        return rows;
    }

    /** Exactly the seed's code. */
    @Benchmark
    public int retort() {
        int rows = 0;
        try (Session session = db.retort.open()) {
            for (long chunk = 0; chunk < N; chunk += 1000) {
                List<Customer> customers = session.query(Customer.class)
                        .filter(Customer_.id.between(chunk, chunk + 1000L)).all();
                for (Customer customer : customers) {
                    customer.description += "updated";
                }
                session.flush();
                rows += customers.size();
            }
            session.commit();
        }
        return rows;
    }

    /** The same with a JPQL query, dirty checking and flush. */
    @Benchmark
    public int hibernate() {
        int rows = 0;
        try (org.hibernate.Session session = db.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            for (long chunk = 0; chunk < N; chunk += 1000) {
                List<HibernateCustomer> customers = session
                        .createSelectionQuery("from HibernateCustomer c where c.id between :low and :high",
                                HibernateCustomer.class)
                        .setParameter("low", chunk)
                        .setParameter("high", chunk + 1000L)
                        .getResultList();
                for (HibernateCustomer customer : customers) {
                    customer.description += "updated";
                }
                session.flush();
                rows += customers.size();
            }
            tx.commit();
        }
        return rows;
    }
}
