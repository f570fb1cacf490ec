package dev.retort.benchmarks;

import static dev.retort.benchmarks.JooqNames.CUSTOMER;
import static dev.retort.benchmarks.JooqNames.C_DESCRIPTION;
import static dev.retort.benchmarks.JooqNames.C_NAME;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.hibernate.StatelessSession;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1, bulk insert: {@code inserts} new rows and commit, with each library's bulk API, no objects
 * tracked and no keys read back (SQLAlchemy's {@code setup_database} example). Into an empty
 * table, dropped and created before every invocation (untimed); the inputs (strings, and
 * Retort's mappings) are made once per trial.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 7)
@Fork(1)
@State(Scope.Benchmark)
public class W1BulkInsert extends Workload {
    @Param({"10000", "100000"})
    public int inserts;

    private String[] names;
    private String[] descriptions;
    private List<Map<String, Object>> mappings;

    @Override
    void prepare() {
        names = Database.names(inserts);
        descriptions = Database.descriptions(inserts);
        mappings = new ArrayList<>(inserts);
        for (int i = 0; i < inserts; i++) {
            mappings.add(Map.of("name", names[i], "description", descriptions[i]));
        }
    }

    @Setup(Level.Invocation)
    public void emptyTable() throws SQLException {
        db.recreate();
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
        db.expect(inserts, null, "W1BulkInsert");
    }

    /** PreparedStatement batches of 1000, no generated keys. The baseline. */
    @Benchmark
    public int jdbc() throws SQLException {
        try (Connection c = db.jdbc()) {
            return Database.batchInsert(c, names, descriptions);
        }
    }

    /** {@code session.bulkInsertMappings(Customer.class, mappings); session.commit()}. */
    @Benchmark
    public int retort() {
        try (Session session = peers.retort.open()) {
            int rows = session.bulkInsertMappings(Customer.class, mappings);
            session.commit();
            return rows;
        }
    }

    /**
     * {@code session.bulkInsert(customers); session.commit()}: mapped objects instead of maps,
     * made inside the measured code like every contender's; no keys read back.
     */
    @Benchmark
    public int retort_bulkInsert() {
        List<Customer> customers = new ArrayList<>(inserts);
        for (int i = 0; i < inserts; i++) {
            customers.add(new Customer(names[i], descriptions[i]));
        }
        try (Session session = peers.retort.open()) {
            int rows = session.bulkInsert(customers);
            session.commit();
            return rows;
        }
    }

    /**
     * Hibernate's bulk idiom: a {@link StatelessSession} inserting entities whose keys come from
     * a pooled sequence, so its JDBC batches of 1000 apply (identity keys would disable them).
     */
    @Benchmark
    public int hibernate() {
        try (StatelessSession session = peers.hibernate.openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            for (int i = 0; i < inserts; i++) {
                session.insert(new HibernateSequenceCustomer(names[i], descriptions[i]));
            }
            tx.commit();
        }
        return inserts;
    }

    /** A Jdbi {@link PreparedBatch} per 1000 rows, in one transaction. */
    @Benchmark
    public int jdbi() {
        return peers.jdbi.inTransaction(handle -> {
            int rows = 0;
            PreparedBatch batch = handle.prepareBatch(Database.INSERT);
            for (int i = 0; i < inserts; i++) {
                batch.add(names[i], descriptions[i]);
                if ((i + 1) % Database.BATCH == 0 || i == inserts - 1) {
                    for (int n : batch.execute()) {
                        rows += n < 0 ? 1 : n;
                    }
                    batch = handle.prepareBatch(Database.INSERT);
                }
            }
            return rows;
        });
    }

    /** A MyBatis session with the BATCH executor, statements flushed every 1000. */
    @Benchmark
    public int mybatis() {
        try (SqlSession session = peers.mybatis.openSession(ExecutorType.BATCH)) {
            BenchMapper mapper = session.getMapper(BenchMapper.class);
            for (int i = 0; i < inserts; i++) {
                mapper.insert(names[i], descriptions[i]);
                if ((i + 1) % Database.BATCH == 0) {
                    session.flushStatements();
                }
            }
            session.commit();
        }
        return inserts;
    }

    /** jOOQ's batch with bind values, executed every 1000 rows, in one transaction. */
    @Benchmark
    public int jooq() {
        peers.jooq.transaction(configuration -> {
            DSLContext ctx = DSL.using(configuration);
            BatchBindStep batch = null;
            for (int i = 0; i < inserts; i++) {
                if (batch == null) {
                    batch = ctx.batch(ctx.insertInto(CUSTOMER, C_NAME, C_DESCRIPTION).values((String) null, null));
                }
                batch.bind(names[i], descriptions[i]);
                if ((i + 1) % Database.BATCH == 0 || i == inserts - 1) {
                    batch.execute();
                    batch = null;
                }
            }
        });
        return inserts;
    }
}
