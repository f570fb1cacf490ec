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
 * Load 10,000 customers into objects ({@code SELECT} of every row) in a fresh session or
 * connection, in a transaction that is committed. The rows are inserted once per trial: the
 * benchmark only reads.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 30)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@State(Scope.Benchmark)
public class Load10k {
    static final int N = 10_000;

    private Database db;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        db = new Database();
        db.fill(N);
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** ResultSet to new objects. The baseline. */
    @Benchmark
    public List<Customer> jdbc() throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (Connection c = db.jdbc();
                PreparedStatement ps = c.prepareStatement("SELECT id, name, description FROM customer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Customer customer = new Customer();
                customer.id = rs.getLong(1);
                customer.name = rs.getString(2);
                customer.description = rs.getString(3);
                customers.add(customer);
            }
            c.commit();
        }
        return check(customers);
    }

    /** {@code session.query(Customer.class).all()} in a fresh session. */
    @Benchmark
    public List<Customer> retort() {
        try (Session session = db.retort.open()) {
            List<Customer> customers = session.query(Customer.class).all();
            session.commit();
            return check(customers);
        }
    }

    /** {@code from HibernateCustomer} in a fresh session. */
    @Benchmark
    public List<HibernateCustomer> hibernate() {
        try (org.hibernate.Session session = db.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateCustomer> customers = session
                    .createSelectionQuery("from HibernateCustomer", HibernateCustomer.class).getResultList();
            tx.commit();
            return check(customers);
        }
    }

    private static <T> List<T> check(List<T> customers) {
        if (customers.size() != N) {
            throw new IllegalStateException("Loaded " + customers.size() + " customers, expected " + N);
        }
        return customers;
    }
}
