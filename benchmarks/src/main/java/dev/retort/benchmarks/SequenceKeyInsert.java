package dev.retort.benchmarks;

import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Unit-of-work insert ({@code session.addAll(n new objects); session.commit()}) with identity keys
 * against keys from a sequence, beside hand-written JDBC batches of 1,000 that read no keys. On
 * Derby a batch returns only its last generated key, so identity keys cost one statement per row;
 * sequence keys are assigned before the INSERT, so the rows go in batches. The tables are dropped
 * and created before every invocation (untimed).
 *
 * <p>Embedded in-memory Derby by default. Against a server, give both URLs of one database:
 * {@code -Dbench.url=postgresql://user:pass@host:port/db} (the engine's) and
 * {@code -Dbench.jdbcUrl=jdbc:postgresql://host:port/db?user=user&password=pass} (the JDBC baseline's).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SequenceKeyInsert {
    private static final String DERBY = "jdbc:derby:memory:retort_key_bench;create=true";
    private static final int BATCH = 1000;

    @Param({"10000", "100000"})
    public int n;

    private String jdbcUrl;
    private Engine engine;
    private SessionFactory sessions;
    private String[] names;
    private String[] descriptions;

    @Setup(Level.Trial)
    public void start() {
        String url = System.getProperty("bench.url", DERBY);
        jdbcUrl = System.getProperty("bench.jdbcUrl", DERBY);
        engine = Engine.create(url);
        sessions = sessionmaker(engine);
        names = new String[n];
        descriptions = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "customer name " + i;
            descriptions[i] = "customer description " + i;
        }
    }

    @Setup(Level.Invocation)
    public void emptyTables() {
        KeyBenchBase_.metadata().dropAll(engine);
        KeyBenchBase_.metadata().createAll(engine);
    }

    @TearDown(Level.Trial)
    public void stop() {
        KeyBenchBase_.metadata().dropAll(engine);
        engine.close();
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl);
        c.setAutoCommit(false);
        return c;
    }

    /** PreparedStatement batches of 1,000 into the identity table, no keys read: the baseline. */
    @Benchmark
    public long jdbc() throws SQLException {
        long rows = 0;
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("INSERT INTO identity_row (name, description) VALUES (?, ?)")) {
            for (int i = 0; i < n; i++) {
                ps.setString(1, names[i]);
                ps.setString(2, descriptions[i]);
                ps.addBatch();
                if ((i + 1) % BATCH == 0 || i == n - 1) {
                    for (int k : ps.executeBatch()) {
                        rows += k;
                    }
                }
            }
            c.commit();
        }
        return check(rows, "identity_row");
    }

    /** {@code addAll} + {@code commit} with identity keys: the database generates them. */
    @Benchmark
    public long identity() throws SQLException {
        List<IdentityRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new IdentityRow(names[i], descriptions[i]));
        }
        try (Session session = sessions.open()) {
            session.addAll(rows);
            session.commit();
        }
        return check(rows.get(n - 1).id, "identity_row");
    }

    /** {@code addAll} + {@code commit} with keys from a sequence, 50 per fetch. */
    @Benchmark
    public long sequence() throws SQLException {
        List<SequenceRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new SequenceRow(names[i], descriptions[i]));
        }
        try (Session session = sessions.open()) {
            session.addAll(rows);
            session.commit();
        }
        return check(rows.get(n - 1).id, "sequence_row");
    }

    /** {@code addAll} + {@code commit} with keys from a sequence, 1,000 per fetch. */
    @Benchmark
    public long sequence1000() throws SQLException {
        List<PooledSequenceRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new PooledSequenceRow(names[i], descriptions[i]));
        }
        try (Session session = sessions.open()) {
            session.addAll(rows);
            session.commit();
        }
        return check(rows.get(n - 1).id, "pooled_sequence_row");
    }

    /** The last key is set, and the table holds n rows. */
    private long check(Long last, String table) throws SQLException {
        if (last == null) {
            throw new IllegalStateException("The last object of " + table + " has no key");
        }
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            if (rs.getLong(1) != n) {
                throw new IllegalStateException(table + " holds " + rs.getLong(1) + " rows, expected " + n);
            }
            c.commit();
        }
        return last;
    }
}
