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
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.hibernate.Transaction;
import org.jooq.DSLContext;
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
 * W4, primary-key lookups: customers 1 to 10,000, each fetched by its key, in a fresh session (or
 * connection, handle, transaction) every 1,000 lookups, so no lookup is answered from a cache:
 * each is one SELECT. The rows are inserted once per trial.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class W4Lookups10k extends Workload {
    static final int N = 10_000;
    static final int PER_SESSION = 1000;
    static final String SELECT = "SELECT id, name, description FROM customer WHERE id = ?";

    @Override
    void prepare() throws SQLException {
        db.fill(N);
    }

    /** One prepared statement per connection, executed per key, columns by index. The baseline. */
    @Benchmark
    public long jdbc() throws SQLException {
        long sum = 0;
        for (long first = 1; first <= N; first += PER_SESSION) {
            try (Connection c = db.jdbc(); PreparedStatement ps = c.prepareStatement(SELECT)) {
                for (long id = first; id < first + PER_SESSION; id++) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        sum += found(Mappers.customer(rs).id, id);
                    }
                }
                c.commit();
            }
        }
        return check(sum);
    }

    /** {@code session.get(Customer.class, id)}. */
    @Benchmark
    public long retort() {
        long sum = 0;
        for (long first = 1; first <= N; first += PER_SESSION) {
            try (Session session = peers.retort.open()) {
                for (long id = first; id < first + PER_SESSION; id++) {
                    sum += found(session.get(Customer.class, id).id, id);
                }
                session.commit();
            }
        }
        return check(sum);
    }

    /** {@code session.find(HibernateCustomer.class, id)}. */
    @Benchmark
    public long hibernate() {
        long sum = 0;
        for (long first = 1; first <= N; first += PER_SESSION) {
            try (org.hibernate.Session session = peers.hibernate.openSession()) {
                Transaction tx = session.beginTransaction();
                for (long id = first; id < first + PER_SESSION; id++) {
                    sum += found(session.find(HibernateCustomer.class, id).id, id);
                }
                tx.commit();
            }
        }
        return check(sum);
    }

    /** A Jdbi handle per 1,000, a query with a bound key and a row mapper per lookup. */
    @Benchmark
    public long jdbi() {
        long sum = 0;
        for (long first = 1; first <= N; first += PER_SESSION) {
            long from = first;
            sum += peers.jdbi.inTransaction(h -> {
                long s = 0;
                for (long id = from; id < from + PER_SESSION; id++) {
                    s += found(h.createQuery(SELECT).bind(0, id).map(Mappers.JDBI_CUSTOMER).one().id, id);
                }
                return s;
            });
        }
        return check(sum);
    }

    /** A MyBatis session per 1,000, the mapper's {@code selectById}. */
    @Benchmark
    public long mybatis() {
        long sum = 0;
        for (long first = 1; first <= N; first += PER_SESSION) {
            try (SqlSession session = peers.mybatis.openSession()) {
                BenchMapper mapper = session.getMapper(BenchMapper.class);
                for (long id = first; id < first + PER_SESSION; id++) {
                    sum += found(mapper.selectById(id).id, id);
                }
                session.commit();
            }
        }
        return check(sum);
    }

    /** A jOOQ transaction per 1,000, a typed select by key with a record mapper. */
    @Benchmark
    public long jooq() {
        long sum = 0;
        for (long first = 1; first <= N; first += PER_SESSION) {
            long from = first;
            sum += peers.jooq.transactionResult(cfg -> {
                DSLContext ctx = DSL.using(cfg);
                long s = 0;
                for (long id = from; id < from + PER_SESSION; id++) {
                    s += found(ctx.select(C_ID, C_NAME, C_DESCRIPTION).from(CUSTOMER).where(C_ID.eq(id))
                            .fetchOne(Mappers.JOOQ_CUSTOMER).id, id);
                }
                return s;
            });
        }
        return check(sum);
    }

    private static long found(Long actual, long id) {
        expect(actual != null && actual == id, "W4Lookups10k: looked up " + id + ", got " + actual);
        return id;
    }

    private static long check(long sum) {
        expect(sum == (long) N * (N + 1) / 2, "W4Lookups10k: not every key was found");
        return sum;
    }
}
