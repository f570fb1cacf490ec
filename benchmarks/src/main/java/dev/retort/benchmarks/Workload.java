package dev.retort.benchmarks;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every workload shares: per trial (one fork, one benchmark method), the database is
 * recreated, {@link #prepare()} fills what the workload reads, and only the library the method
 * names is booted ({@link Peers#boot}). Subclasses are the JMH states; each of their benchmark
 * methods is one contender, named {@code contender} or {@code contender_variant}.
 */
public abstract class Workload {
    Database db;
    Peers peers;

    @Setup(Level.Trial)
    public void boot(BenchmarkParams params) throws SQLException {
        String benchmark = params.getBenchmark();
        boot(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /** Recreates the database, fills it and boots {@code method}'s library (also for runs outside JMH). */
    void boot(String method) throws SQLException {
        db = Database.fromEnvironment();
        db.recreate();
        prepare();
        peers = Peers.boot(db, method);
    }

    /** Untimed, once per trial, after the schema is created: fill the tables the workload reads. */
    void prepare() throws SQLException {}

    @TearDown(Level.Trial)
    public void shutdown() {
        peers.close();
        db.close();
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }
}
