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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.hibernate.Transaction;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
 * W5, SQLAlchemy's {@code test_orm_flush} example: over 10,000 existing customers, for each chunk
 * of 1000 ids load the customers with {@code id BETWEEN chunk AND chunk + 1000}, append "updated"
 * to each description, write the changes; commit at the end. The table is recreated and filled
 * (ids 1..10,000) before every invocation, untimed. BETWEEN is inclusive, so ids 1000, 2000, ...
 * 9000 are loaded and updated twice, by every contender; the teardown counts both.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class W5ChunkedFlush10k extends Workload {
    static final int N = 10_000;
    static final int CHUNK = 1000;
    static final String SELECT = "SELECT id, name, description FROM customer WHERE id BETWEEN ? AND ?";
    static final String UPDATE = "UPDATE customer SET description = ? WHERE id = ?";

    @Setup(Level.Invocation)
    public void fill() throws SQLException {
        db.recreate();
        db.fill(N);
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
        db.expect(N, "description LIKE '%updated'", "W5ChunkedFlush10k");
        db.expect(N / CHUNK - 1, "description LIKE '%updatedupdated'", "W5ChunkedFlush10k");
    }

    /** SELECT each chunk, then one batched UPDATE of the description by id per chunk. The baseline. */
    @Benchmark
    public int jdbc() throws SQLException {
        int rows = 0;
        try (Connection c = db.jdbc();
                PreparedStatement select = c.prepareStatement(SELECT);
                PreparedStatement update = c.prepareStatement(UPDATE)) {
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                select.setLong(1, chunk);
                select.setLong(2, chunk + CHUNK);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Customer customer = Mappers.customer(rs);
                        customer.description += "updated";
                        update.setString(1, customer.description);
                        update.setLong(2, customer.id);
                        update.addBatch();
                        rows++;
                    }
                }
                update.executeBatch();
            }
            c.commit();
        }
        return rows;
    }

    /** Exactly the example's code: query, change, {@code flush()}; {@code commit()}. */
    @Benchmark
    public int retort() {
        int rows = 0;
        try (Session session = peers.retort.open()) {
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                List<Customer> customers = session.query(Customer.class)
                        .filter(Customer_.id.between(chunk, chunk + CHUNK)).all();
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
        try (org.hibernate.Session session = peers.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                List<HibernateCustomer> customers = session
                        .createSelectionQuery("from HibernateCustomer c where c.id between :low and :high",
                                HibernateCustomer.class)
                        .setParameter("low", chunk)
                        .setParameter("high", chunk + CHUNK)
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

    /** Jdbi: map each chunk to objects, change them, one {@link PreparedBatch} of updates per chunk. */
    @Benchmark
    public int jdbi() {
        return peers.jdbi.inTransaction(h -> {
            int rows = 0;
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                List<Customer> customers = h.createQuery(SELECT).bind(0, chunk).bind(1, chunk + CHUNK)
                        .map(Mappers.JDBI_CUSTOMER).list();
                PreparedBatch batch = h.prepareBatch(UPDATE);
                for (Customer customer : customers) {
                    customer.description += "updated";
                    batch.add(customer.description, customer.id);
                }
                batch.execute();
                rows += customers.size();
            }
            return rows;
        });
    }

    /** MyBatis with the BATCH executor: select each chunk, update each object, flush the batch. */
    @Benchmark
    public int mybatis() {
        int rows = 0;
        try (SqlSession session = peers.mybatis.openSession(ExecutorType.BATCH)) {
            BenchMapper mapper = session.getMapper(BenchMapper.class);
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                List<Customer> customers = mapper.selectBetween(chunk, chunk + CHUNK);
                for (Customer customer : customers) {
                    customer.description += "updated";
                    mapper.updateDescription(customer);
                }
                session.flushStatements();
                rows += customers.size();
            }
            session.commit();
        }
        return rows;
    }

    /** jOOQ: a typed select per chunk into objects, then a batch of updates with bind values. */
    @Benchmark
    public int jooq() {
        return peers.jooq.transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            int rows = 0;
            for (long chunk = 0; chunk < N; chunk += CHUNK) {
                List<Customer> customers = ctx.select(C_ID, C_NAME, C_DESCRIPTION).from(CUSTOMER)
                        .where(C_ID.between(chunk, chunk + CHUNK)).fetch(Mappers.JOOQ_CUSTOMER);
                BatchBindStep batch = ctx.batch(ctx.update(CUSTOMER).set(C_DESCRIPTION, (String) null)
                        .where(C_ID.eq((Long) null)));
                for (Customer customer : customers) {
                    customer.description += "updated";
                    batch.bind(customer.description, customer.id);
                }
                batch.execute();
                rows += customers.size();
            }
            return rows;
        });
    }
}
