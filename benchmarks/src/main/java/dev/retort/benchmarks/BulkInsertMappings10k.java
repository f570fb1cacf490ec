package dev.retort.benchmarks;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The seed's {@code setup_database}: {@code bulkInsertMappings} of 10,000 plain mappings (no
 * objects, no identity map, no keys read back) against a JDBC batch insert of the same rows. The
 * mappings are made once (untimed), as the strings for JDBC are; the table is dropped and created
 * before every invocation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 20)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@State(Scope.Benchmark)
public class BulkInsertMappings10k {
    static final int N = 10_000;

    private Database db;
    private String[] names;
    private String[] descriptions;
    private List<Map<String, Object>> mappings;

    @Setup(Level.Trial)
    public void start() {
        db = new Database();
        names = Database.names(N);
        descriptions = Database.descriptions(N);
        mappings = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            mappings.add(Map.of("name", names[i], "description", descriptions[i]));
        }
    }

    @Setup(Level.Invocation)
    public void emptyTable() {
        db.recreate();
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
        db.expect(N, null, "BulkInsertMappings10k");
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** PreparedStatement batches of 1000, no generated keys. The baseline. */
    @Benchmark
    public int jdbc() throws SQLException {
        try (Connection c = db.jdbc()) {
            return Database.batchInsert(c, names, descriptions);
        }
    }

    /** The seed's code: {@code session.bulkInsertMappings(Customer.class, mappings); session.commit()}. */
    @Benchmark
    public int retort() {
        try (Session session = db.retort.open()) {
            int rows = session.bulkInsertMappings(Customer.class, mappings);
            session.commit();
            return rows;
        }
    }
}
