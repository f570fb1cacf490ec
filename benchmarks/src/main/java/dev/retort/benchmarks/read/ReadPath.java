package dev.retort.benchmarks.read;

import static dev.retort.Retort.joinedLoad;
import static dev.retort.Retort.selectinLoad;
import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retort's read path side by side with hand-written JDBC on one embedded in-memory Derby database:
 * loading 100,000 rows as objects, a 10-row and a 1,000-row select (all rows of a table of that
 * size, so that no range scan dominates), 10,000 lookups by key (a fresh
 * session, or connection, every 1,000), and 1,000 owners with 10 places each loaded eagerly
 * (joined, and selectin). The JDBC side keeps one connection open (as a pool would) and reads
 * columns by index; Retort uses its idiomatic API in a fresh session per operation. Every
 * operation commits. Nothing is written while measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ReadPath {
    static final String URL = "jdbc:derby:memory:read_bench;create=true";
    static final int PEOPLE = 100_000;
    static final int OWNERS = 1_000;
    static final int PLACES = 10;

    private Engine engine;
    private SessionFactory retort;
    private Connection jdbc;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        engine = Engine.create(URL);
        retort = sessionmaker(engine);
        ReadBase_.metadata().dropAll(engine);
        ReadBase_.metadata().createAll(engine);
        jdbc = DriverManager.getConnection(URL);
        jdbc.setAutoCommit(false);
        for (String small : new String[] {"read_ten", "read_thousand"}) {
            try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO " + small + " (name, description) VALUES (?, ?)")) {
                for (int i = 0; i < (small.equals("read_ten") ? 10 : 1000); i++) {
                    ps.setString(1, "row name " + i);
                    ps.setString(2, "row description " + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO read_person (name, description) VALUES (?, ?)")) {
            for (int i = 0; i < PEOPLE; i++) {
                ps.setString(1, "person name " + i);
                ps.setString(2, "person description " + i);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
        }
        try (PreparedStatement o = jdbc.prepareStatement("INSERT INTO read_owner (name) VALUES (?)");
                PreparedStatement p = jdbc.prepareStatement("INSERT INTO read_place (email, owner_id) VALUES (?, ?)")) {
            for (int i = 1; i <= OWNERS; i++) {
                o.setString(1, "owner " + i);
                o.addBatch();
                for (int j = 0; j < PLACES; j++) {
                    p.setString(1, "owner" + i + "." + j + "@example.com");
                    p.setLong(2, i);
                    p.addBatch();
                }
            }
            o.executeBatch();
            p.executeBatch();
        }
        jdbc.commit();
    }

    @TearDown(Level.Trial)
    public void stop() throws SQLException {
        jdbc.close();
        engine.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:read_bench;drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with SQLState 08006
        }
    }

    // ------------------------------------------------------------------ W3: 100,000 rows

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Person> load100kJdbc() throws SQLException {
        return check(selectJdbc("read_person"), PEOPLE);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Person> load100kRetort() {
        try (Session s = retort.open()) {
            List<Person> people = s.query(Person.class).all();
            s.commit();
            return check(people, PEOPLE);
        }
    }

    // ------------------------------------------------------------------ 10 and 1,000 rows

    @Benchmark
    public int select10Jdbc() throws SQLException {
        return check(selectJdbc("read_ten"), 10).size();
    }

    @Benchmark
    public int select10Retort() {
        try (Session s = retort.open()) {
            List<Ten> rows = s.query(Ten.class).all();
            s.commit();
            return check(rows, 10).size();
        }
    }

    @Benchmark
    public int select1000Jdbc() throws SQLException {
        return check(selectJdbc("read_thousand"), 1000).size();
    }

    @Benchmark
    public int select1000Retort() {
        try (Session s = retort.open()) {
            List<Thousand> rows = s.query(Thousand.class).all();
            s.commit();
            return check(rows, 1000).size();
        }
    }

    /** Every row of a small table into objects (JDBC's side of the 10- and 1,000-row selects). */
    private List<Person> selectJdbc(String table) throws SQLException {
        List<Person> people = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement("SELECT id, name, description FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Person p = new Person();
                p.id = rs.getLong(1);
                p.name = rs.getString(2);
                p.description = rs.getString(3);
                people.add(p);
            }
        }
        jdbc.commit();
        return people;
    }

    // ------------------------------------------------------------------ W4: 10,000 lookups

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long get10kJdbc() throws SQLException {
        long sum = 0;
        for (int chunk = 0; chunk < 10; chunk++) {
            try (PreparedStatement ps = jdbc.prepareStatement("SELECT id, name, description FROM read_person WHERE id = ?")) {
                for (int i = 1; i <= 1000; i++) {
                    ps.setLong(1, chunk * 1000L + i);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Person p = new Person();
                            p.id = rs.getLong(1);
                            p.name = rs.getString(2);
                            p.description = rs.getString(3);
                            sum += p.id;
                        }
                    }
                }
            }
            jdbc.commit();
        }
        return checkSum(sum);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long get10kRetort() {
        long sum = 0;
        for (int chunk = 0; chunk < 10; chunk++) {
            try (Session s = retort.open()) {
                for (int i = 1; i <= 1000; i++) {
                    Person p = s.get(Person.class, chunk * 1000L + i);
                    sum += p.id;
                }
                s.commit();
            }
        }
        return checkSum(sum);
    }

    /**
     * The same lookups with autoflush off: what the lookup itself costs, without the flush that
     * a {@code get} of a key not in the identity map runs first.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long get10kRetortNoAutoflush() {
        long sum = 0;
        for (int chunk = 0; chunk < 10; chunk++) {
            try (Session s = retort.open()) {
                s.setAutoflush(false);
                for (int i = 1; i <= 1000; i++) {
                    Person p = s.get(Person.class, chunk * 1000L + i);
                    sum += p.id;
                }
                s.commit();
            }
        }
        return checkSum(sum);
    }

    private static long checkSum(long sum) {
        if (sum != 10_000L * 10_001L / 2) {
            throw new IllegalStateException("Wrong sum of keys: " + sum);
        }
        return sum;
    }

    // ------------------------------------------------------------------ W6: 1,000 owners x 10 places

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Owner> eagerJdbc() throws SQLException {
        List<Owner> owners = new ArrayList<>();
        try (PreparedStatement ps = jdbc.prepareStatement("SELECT o.id, o.name, p.id, p.email, p.owner_id FROM read_owner o "
                + "LEFT OUTER JOIN read_place p ON o.id = p.owner_id ORDER BY o.id, p.id");
                ResultSet rs = ps.executeQuery()) {
            Owner current = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (current == null || current.id != id) {
                    current = new Owner();
                    current.id = id;
                    current.name = rs.getString(2);
                    owners.add(current);
                }
                long placeId = rs.getLong(3);
                if (!rs.wasNull()) {
                    Place p = new Place();
                    p.id = placeId;
                    p.email = rs.getString(4);
                    p.ownerId = rs.getLong(5);
                    p.owner = current;
                    current.places.add(p);
                }
            }
        }
        jdbc.commit();
        return checkOwners(owners);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Owner> eagerJoinedRetort() {
        try (Session s = retort.open()) {
            List<Owner> owners = s.query(Owner.class).options(joinedLoad(Owner_.places)).orderBy(Owner_.id).all();
            s.commit();
            return checkOwners(owners);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Owner> eagerSelectinRetort() {
        try (Session s = retort.open()) {
            List<Owner> owners = s.query(Owner.class).options(selectinLoad(Owner_.places)).orderBy(Owner_.id).all();
            s.commit();
            return checkOwners(owners);
        }
    }

    private static List<Owner> checkOwners(List<Owner> owners) {
        if (owners.size() != OWNERS || owners.get(OWNERS - 1).places.size() != PLACES) {
            throw new IllegalStateException("Loaded " + owners.size() + " owners");
        }
        return owners;
    }

    private static <T> List<T> check(List<T> rows, int expected) {
        if (rows.size() != expected) {
            throw new IllegalStateException("Loaded " + rows.size() + " rows, expected " + expected);
        }
        return rows;
    }
}
