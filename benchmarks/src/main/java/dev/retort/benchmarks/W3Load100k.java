package dev.retort.benchmarks;

import static dev.retort.benchmarks.JooqNames.CUSTOMER;
import static dev.retort.benchmarks.JooqNames.C_DESCRIPTION;
import static dev.retort.benchmarks.JooqNames.C_ID;
import static dev.retort.benchmarks.JooqNames.C_NAME;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W3, load 100,000 rows as objects: every row of {@code customer} into a list of objects, in a
 * fresh session (or connection) and a committed transaction. The rows are inserted once per
 * trial; the workload only reads. Run it with {@code -prof gc} for the allocation per row.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class W3Load100k extends Workload {
    static final int N = 100_000;
    static final String SELECT = "SELECT id, name, description FROM customer";

    @Override
    void prepare() throws SQLException {
        db.fill(N);
    }

    /** ResultSet to new objects, columns by index. The baseline. */
    @Benchmark
    public List<Customer> jdbc() throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (Connection c = db.jdbc(); PreparedStatement ps = c.prepareStatement(SELECT); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                customers.add(Mappers.customer(rs));
            }
            c.commit();
        }
        return check(customers);
    }

    /** {@code session.query(Customer.class).all()} in a fresh session. */
    @Benchmark
    public List<Customer> retort() {
        try (Session session = peers.retort.open()) {
            List<Customer> customers = session.query(Customer.class).all();
            session.commit();
            return check(customers);
        }
    }

    /** {@code from HibernateCustomer} in a fresh session. */
    @Benchmark
    public List<HibernateCustomer> hibernate() {
        try (org.hibernate.Session session = peers.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateCustomer> customers = session
                    .createSelectionQuery("from HibernateCustomer", HibernateCustomer.class).getResultList();
            tx.commit();
            return check(customers);
        }
    }

    /** The same in a {@link StatelessSession}: no persistence context, no snapshots. */
    @Benchmark
    public List<HibernateCustomer> hibernate_stateless() {
        try (StatelessSession session = peers.hibernate.openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateCustomer> customers = session
                    .createSelectionQuery("from HibernateCustomer", HibernateCustomer.class).getResultList();
            tx.commit();
            return check(customers);
        }
    }

    /** A Jdbi query with a registered row mapper (columns by index). */
    @Benchmark
    public List<Customer> jdbi() {
        return check(peers.jdbi.inTransaction(h -> h.createQuery(SELECT).map(Mappers.JDBI_CUSTOMER).list()));
    }

    /** MyBatis's mapper method, its result type mapped by column name. */
    @Benchmark
    public List<Customer> mybatis() {
        try (SqlSession session = peers.mybatis.openSession()) {
            List<Customer> customers = session.getMapper(BenchMapper.class).selectAll();
            session.commit();
            return check(customers);
        }
    }

    /** jOOQ's typed select with a record mapper. */
    @Benchmark
    public List<Customer> jooq() {
        return check(peers.jooq.transactionResult(cfg -> DSL.using(cfg)
                .select(C_ID, C_NAME, C_DESCRIPTION).from(CUSTOMER).fetch(Mappers.JOOQ_CUSTOMER)));
    }

    private static <T> List<T> check(List<T> customers) {
        expect(customers.size() == N, "W3Load100k: loaded " + customers.size() + " objects, expected " + N);
        return customers;
    }
}
