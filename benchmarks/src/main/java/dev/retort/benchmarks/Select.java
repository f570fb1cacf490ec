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
import org.hibernate.Transaction;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Select10 and Select1000: a query of {@code rows} customers by key range ({@code id BETWEEN 1 AND
 * rows}) mapped to objects, in a fresh session (or connection) and a committed transaction: the
 * everyday request of a web application, where the fixed cost of a query (building it, opening
 * the session, the transaction) weighs as much as the rows. Short, so it is measured as an average
 * over timed iterations rather than one call at a time. 10,000 rows are inserted once per trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class Select extends Workload {
    static final String SELECT = "SELECT id, name, description FROM customer WHERE id BETWEEN ? AND ?";

    @Param({"10", "1000"})
    public int rows;

    @Override
    void prepare() throws SQLException {
        db.fill(10_000);
    }

    /** ResultSet to new objects, columns by index. The baseline. */
    @Benchmark
    public List<Customer> jdbc() throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (Connection c = db.jdbc(); PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, 1);
            ps.setLong(2, rows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    customers.add(Mappers.customer(rs));
                }
            }
            c.commit();
        }
        return check(customers);
    }

    /** {@code session.query(Customer.class).filter(Customer_.id.between(1L, rows)).all()}. */
    @Benchmark
    public List<Customer> retort() {
        try (Session session = peers.retort.open()) {
            List<Customer> customers = session.query(Customer.class).filter(Customer_.id.between(1L, (long) rows)).all();
            session.commit();
            return check(customers);
        }
    }

    /** The JPQL {@code between} query in a fresh session. */
    @Benchmark
    public List<HibernateCustomer> hibernate() {
        try (org.hibernate.Session session = peers.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateCustomer> customers = session
                    .createSelectionQuery("from HibernateCustomer c where c.id between :low and :high", HibernateCustomer.class)
                    .setParameter("low", 1L)
                    .setParameter("high", (long) rows)
                    .getResultList();
            tx.commit();
            return check(customers);
        }
    }

    /** A Jdbi query with bound values and a registered row mapper. */
    @Benchmark
    public List<Customer> jdbi() {
        return check(peers.jdbi.inTransaction(h -> h.createQuery(SELECT).bind(0, 1L).bind(1, (long) rows)
                .map(Mappers.JDBI_CUSTOMER).list()));
    }

    /** MyBatis's mapper method {@code selectBetween}. */
    @Benchmark
    public List<Customer> mybatis() {
        try (SqlSession session = peers.mybatis.openSession()) {
            List<Customer> customers = session.getMapper(BenchMapper.class).selectBetween(1L, rows);
            session.commit();
            return check(customers);
        }
    }

    /** jOOQ's typed select with a record mapper. */
    @Benchmark
    public List<Customer> jooq() {
        return check(peers.jooq.transactionResult(cfg -> DSL.using(cfg).select(C_ID, C_NAME, C_DESCRIPTION)
                .from(CUSTOMER).where(C_ID.between(1L, (long) rows)).fetch(Mappers.JOOQ_CUSTOMER)));
    }

    private <T> List<T> check(List<T> customers) {
        expect(customers.size() == rows, "Select: loaded " + customers.size() + " objects, expected " + rows);
        return customers;
    }
}
