package dev.retort.benchmarks;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hibernate.Transaction;
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
 * W2, unit-of-work insert: {@code inserts} new objects handed to a session, which inserts them,
 * fills in every generated key and commits. Into an empty table, dropped and created before every
 * invocation (untimed); the teardown checks the row count and that the key the last object got
 * back is that of its row. The objects are made inside the measured code, as an application would.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 7)
@Fork(1)
@State(Scope.Benchmark)
public class W2UnitOfWorkInsert extends Workload {
    @Param({"10000", "100000"})
    public int inserts;

    private String[] names;
    private String[] descriptions;
    private Long lastKey;

    @Override
    void prepare() {
        names = Database.names(inserts);
        descriptions = Database.descriptions(inserts);
    }

    @Setup(Level.Invocation)
    public void emptyTable() throws SQLException {
        db.recreate();
        lastKey = null;
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
        db.expect(inserts, null, "W2UnitOfWorkInsert");
        if (lastKey != null) {
            db.expectKey(lastKey, names[inserts - 1], "W2UnitOfWorkInsert");
        }
    }

    /** The JDBC baseline of every insert: PreparedStatement batches of 1000, no keys read. */
    @Benchmark
    public int jdbc() throws SQLException {
        try (Connection c = db.jdbc()) {
            return Database.batchInsert(c, names, descriptions);
        }
    }

    /** {@code session.addAll(new objects); session.commit()}: identity keys, every id filled in. */
    @Benchmark
    public long retort() {
        List<Customer> customers = new ArrayList<>(inserts);
        for (int i = 0; i < inserts; i++) {
            customers.add(new Customer(names[i], descriptions[i]));
        }
        try (Session session = peers.retort.open()) {
            session.addAll(customers);
            session.commit();
        }
        return lastKey = customers.get(inserts - 1).id;
    }

    /**
     * The same with keys from the pooled sequence {@code customer_seq} (allocation size 50, as
     * {@link #hibernate_sequence}): {@link SequenceCustomer}, whose keys the flush assigns before
     * the INSERT, so the rows go in JDBC batches.
     */
    @Benchmark
    public long retort_sequence() {
        List<SequenceCustomer> customers = new ArrayList<>(inserts);
        for (int i = 0; i < inserts; i++) {
            customers.add(new SequenceCustomer(names[i], descriptions[i]));
        }
        try (Session session = peers.retort.open()) {
            session.addAll(customers);
            session.commit();
        }
        return lastKey = customers.get(inserts - 1).id;
    }

    /** Hibernate's batch-insert idiom with identity keys: persist each, flush and clear every 1000, commit. */
    @Benchmark
    public long hibernate() {
        return lastKey = hibernate(HibernateCustomer::new, c -> c.id);
    }

    /** The same with keys from a pooled sequence (allocation size 50), which lets Hibernate batch. */
    @Benchmark
    public long hibernate_sequence() {
        return lastKey = hibernate(HibernateSequenceCustomer::new, c -> c.id);
    }

    /**
     * jOOQ's active records: {@code newRecord} per object, {@code store()} each (an INSERT that
     * reads the identity key back into the record), in one transaction.
     */
    @Benchmark
    public long jooq() {
        return lastKey = peers.jooq.transactionResult(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            JooqCustomerTable t = JooqCustomerTable.CUSTOMER;
            JooqCustomerTable.CustomerRecord last = null;
            for (int i = 0; i < inserts; i++) {
                last = ctx.newRecord(t);
                last.set(t.name, names[i]);
                last.set(t.description, descriptions[i]);
                last.store();
            }
            return last.get(t.id);
        });
    }

    private <T> long hibernate(BiFunction<String, String, T> create, Function<T, Long> key) {
        T last = null;
        try (org.hibernate.Session session = peers.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            for (int i = 0; i < inserts; i++) {
                last = create.apply(names[i], descriptions[i]);
                session.persist(last);
                if ((i + 1) % Database.BATCH == 0) {
                    session.flush();
                    session.clear();
                }
            }
            tx.commit();
        }
        return key.apply(last);
    }
}
