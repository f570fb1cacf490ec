package dev.retort.benchmarks;

import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.jdbi.v3.core.Jdbi;
import org.jooq.CloseableDSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.impl.DSL;

/**
 * Cold start: in a fresh JVM, the time from nothing to the first object looked up by key, that is
 * building the library's entry point (engine and session factory, {@code SessionFactory},
 * {@code Jdbi}, {@code SqlSessionFactory}, {@code DSLContext}; a plain connection for JDBC) from
 * the URL, as each library is set up from its URL, plus opening a session and looking up customer
 * 1. Before the clock starts, the JVM creates the schema and its one row with plain JDBC, so the
 * database's own start (Derby's boot, or the driver's first connection) is paid by no contender.
 *
 * <p>{@link #main} measures one contender in this JVM and prints {@code cold-start-ms <ms>};
 * {@link #measure} starts fresh JVMs of it, contenders taking turns round by round.
 */
public final class ColdStart {
    static final List<String> CONTENDERS = List.of(Peers.JDBC, Peers.RETORT, Peers.HIBERNATE, Peers.JOOQ, Peers.MYBATIS,
            Peers.JDBI);
    private static final String PREFIX = "cold-start-ms ";

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        Peers.quietLibraries();
        Database db = Database.fromEnvironment();
        db.recreate();
        try (Connection c = db.connectDirectly();
                PreparedStatement ps = c.prepareStatement("INSERT INTO customer (name, description) VALUES (?, ?)")) {
            ps.setString(1, "customer name 1");
            ps.setString(2, "customer description 1");
            ps.executeUpdate();
        }
        String driver = DriverManager.getDriver(db.jdbcUrl).getClass().getName();
        long start = System.nanoTime();
        String name = firstLookup(contender, db, driver);
        long nanos = System.nanoTime() - start;
        if (!"customer name 1".equals(name)) {
            throw new IllegalStateException(contender + " looked up customer 1 and got " + name);
        }
        System.out.println(PREFIX + String.format(Locale.ROOT, "%.1f", nanos / 1e6));
        System.out.flush();
        // pools and Derby would otherwise keep the JVM busy shutting down; the measurement is taken
        Runtime.getRuntime().halt(0);
    }

    /** Builds the contender from the URL and looks up customer 1; returns its name. */
    private static String firstLookup(String contender, Database db, String driver) throws SQLException {
        switch (contender) {
            case Peers.JDBC: {
                try (Connection c = db.connectDirectly();
                        PreparedStatement ps = c.prepareStatement("SELECT id, name, description FROM customer WHERE id = ?")) {
                    ps.setLong(1, 1L);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return Mappers.customer(rs).name;
                    }
                }
            }
            case Peers.RETORT: {
                SessionFactory factory = sessionmaker(Engine.create(db.url));
                try (Session session = factory.open()) {
                    return session.get(Customer.class, 1L).name;
                }
            }
            case Peers.HIBERNATE: {
                org.hibernate.SessionFactory factory = Peers.hibernate(db, null);
                try (org.hibernate.Session session = factory.openSession()) {
                    return session.find(HibernateCustomer.class, 1L).name;
                }
            }
            case Peers.JDBI: {
                Jdbi jdbi = db.user == null ? Jdbi.create(db.jdbcUrl) : Jdbi.create(db.jdbcUrl, db.user, db.password);
                return jdbi.withHandle(h -> h.createQuery("SELECT id, name, description FROM customer WHERE id = ?")
                        .bind(0, 1L).map(Mappers.JDBI_CUSTOMER).one().name);
            }
            case Peers.MYBATIS: {
                SqlSessionFactory factory = Peers.mybatis(new PooledDataSource(driver, db.jdbcUrl, db.user, db.password));
                try (SqlSession session = factory.openSession()) {
                    return session.getMapper(BenchMapper.class).selectById(1L).name;
                }
            }
            case Peers.JOOQ: {
                try (CloseableDSLContext ctx = db.user == null ? DSL.using(db.jdbcUrl) : DSL.using(db.jdbcUrl, db.user, db.password)) {
                    ctx.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
                    return ctx.select(JooqNames.C_ID, JooqNames.C_NAME, JooqNames.C_DESCRIPTION).from(JooqNames.CUSTOMER)
                            .where(JooqNames.C_ID.eq(1L)).fetchOne(Mappers.JOOQ_CUSTOMER).name;
                }
            }
            default:
                throw new IllegalArgumentException("No contender named " + contender);
        }
    }

    /**
     * Runs {@code runs} fresh JVMs per contender, round by round (every contender once, then the
     * next round), and returns each contender's times in ms.
     */
    static Map<String, List<Double>> measure(List<String> contenders, int runs) throws IOException, InterruptedException {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        for (int round = 0; round < runs; round++) {
            for (String contender : contenders) {
                ProcessBuilder pb = new ProcessBuilder(java, "-Dorg.jboss.logging.provider=slf4j", "-cp",
                        System.getProperty("java.class.path"), ColdStart.class.getName(), contender);
                pb.redirectErrorStream(true);
                Process p = pb.start();
                List<String> output = new ArrayList<>();
                Double ms = null;
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null;) {
                        if (line.startsWith(PREFIX)) {
                            ms = Double.parseDouble(line.substring(PREFIX.length()));
                        } else if (output.size() < 40) {
                            output.add(line);
                        }
                    }
                }
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
                if (ms == null) {
                    throw new IllegalStateException("Cold start of " + contender + " failed:\n" + String.join("\n", output));
                }
                times.computeIfAbsent(contender, k -> new ArrayList<>()).add(ms);
                System.out.printf(Locale.ROOT, "# cold start round %d/%d: %s %.1f ms%n", round + 1, runs, contender, ms);
            }
        }
        return times;
    }
}
