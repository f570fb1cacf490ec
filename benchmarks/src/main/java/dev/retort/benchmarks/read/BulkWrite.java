package dev.retort.benchmarks.read;

import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * W1: 10,000 new rows in one transaction, hand-written JDBC batches of 1,000 side by side with
 * {@code session.bulkInsert(objects)} and {@code session.bulkInsertMappings(maps)}. The table is
 * emptied before every operation (untimed); the objects and maps are made once per trial.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class BulkWrite {
    static final String URL = "jdbc:derby:memory:bulk_bench;create=true";
    static final int N = 10_000;

    private Engine engine;
    private SessionFactory retort;
    private Connection jdbc;
    private List<Person> people;
    private List<Map<String, Object>> mappings;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        engine = Engine.create(URL);
        retort = sessionmaker(engine);
        ReadBase_.metadata().dropAll(engine);
        ReadBase_.metadata().createAll(engine);
        jdbc = DriverManager.getConnection(URL);
        jdbc.setAutoCommit(false);
        people = new ArrayList<>(N);
        mappings = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            people.add(new Person("person name " + i, "person description " + i));
            mappings.add(Map.of("name", "person name " + i, "description", "person description " + i));
        }
    }

    @Setup(Level.Invocation)
    public void empty() throws SQLException {
        try (Statement s = jdbc.createStatement()) {
            s.executeUpdate("DELETE FROM read_person");
        }
        jdbc.commit();
    }

    @TearDown(Level.Trial)
    public void stop() throws SQLException {
        jdbc.close();
        engine.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:bulk_bench;drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with SQLState 08006
        }
    }

    @Benchmark
    public int jdbc() throws SQLException {
        int rows = 0;
        try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO read_person (name, description) VALUES (?, ?)")) {
            for (int i = 0; i < N; i++) {
                Person p = people.get(i);
                ps.setString(1, p.name);
                ps.setString(2, p.description);
                ps.addBatch();
                if (i % 1000 == 999) {
                    for (int n : ps.executeBatch()) {
                        rows += n;
                    }
                }
            }
        }
        jdbc.commit();
        return check(rows);
    }

    @Benchmark
    public int retortBulkInsert() {
        try (Session s = retort.open()) {
            int rows = s.bulkInsert(people);
            s.commit();
            return check(rows);
        }
    }

    @Benchmark
    public int retortBulkInsertMappings() {
        try (Session s = retort.open()) {
            int rows = s.bulkInsertMappings(Person.class, mappings);
            s.commit();
            return check(rows);
        }
    }

    private static int check(int rows) {
        if (rows != N) {
            throw new IllegalStateException("Inserted " + rows + " rows, expected " + N);
        }
        return rows;
    }
}
