package dev.retort.benchmarks;

import static dev.retort.Retort.joinedLoad;
import static dev.retort.Retort.selectinLoad;
import static dev.retort.benchmarks.JooqNames.ADDRESSES;
import static dev.retort.benchmarks.JooqNames.A_EMAIL;
import static dev.retort.benchmarks.JooqNames.A_ID;
import static dev.retort.benchmarks.JooqNames.A_USER_ID;
import static dev.retort.benchmarks.JooqNames.USERS;
import static dev.retort.benchmarks.JooqNames.U_ID;
import static dev.retort.benchmarks.JooqNames.U_NAME;

import dev.retort.orm.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.hibernate.Transaction;
import org.jooq.Record4;
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
 * W6, a graph: 1,000 users with 10 addresses each, loaded as users with their address lists
 * (ordered by id), in a fresh session and a committed transaction. The rows are inserted once per
 * trial. The plain methods load the graph eagerly with one LEFT OUTER JOIN ({@code joinedLoad},
 * Hibernate's {@code join fetch}, a hand-written join for the others); {@code retort_selectin}
 * loads the users, then their addresses with {@code IN} lists; the {@code _lazy} methods load the
 * users and touch each default lazy collection (1 + 1,000 queries). Every method's baseline is the
 * hand-written join.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class W6Graph extends Workload {
    static final int USERS_N = 1000;
    static final int PER_USER = 10;
    static final String JOIN = "SELECT u.id AS u_id, u.name AS u_name, a.id AS a_id, a.email AS a_email"
            + " FROM users u LEFT OUTER JOIN addresses a ON a.user_id = u.id ORDER BY u.id, a.id";

    @Override
    void prepare() throws SQLException {
        db.fillGraph(USERS_N, PER_USER);
    }

    /** The hand-written join, a new user at each change of {@code u.id}. The baseline. */
    @Benchmark
    public List<User> jdbc() throws SQLException {
        List<User> users = new ArrayList<>(USERS_N);
        try (Connection c = db.jdbc(); PreparedStatement ps = c.prepareStatement(JOIN); ResultSet rs = ps.executeQuery()) {
            User user = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (user == null || user.id != id) {
                    user = user(id, rs.getString(2));
                    users.add(user);
                }
                long addressId = rs.getLong(3);
                if (!rs.wasNull()) {
                    address(user, addressId, rs.getString(4));
                }
            }
            c.commit();
        }
        return check(users);
    }

    /** {@code query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all()}. */
    @Benchmark
    public List<User> retort() {
        try (Session session = peers.retort.open()) {
            List<User> users = session.query(User.class).options(joinedLoad(User_.addresses)).orderBy(User_.id).all();
            session.commit();
            return check(users);
        }
    }

    /** The same with {@code selectinLoad(User_.addresses)}. */
    @Benchmark
    public List<User> retort_selectin() {
        try (Session session = peers.retort.open()) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.addresses)).orderBy(User_.id).all();
            session.commit();
            return check(users);
        }
    }

    /** The users, then each one's default lazy collection touched: 1 + 1,000 queries. */
    @Benchmark
    public List<User> retort_lazy() {
        try (Session session = peers.retort.open()) {
            List<User> users = session.query(User.class).orderBy(User_.id).all();
            for (User user : users) {
                user.addresses.size();
            }
            session.commit();
            return check(users);
        }
    }

    /** {@code select u from HibernateUser u left join fetch u.addresses order by u.id}. */
    @Benchmark
    public int hibernate() {
        try (org.hibernate.Session session = peers.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateUser> users = session.createSelectionQuery(
                    "select u from HibernateUser u left join fetch u.addresses a order by u.id, a.id", HibernateUser.class)
                    .getResultList();
            tx.commit();
            return checkHibernate(users);
        }
    }

    /** The users, then each one's lazy collection initialized: 1 + 1,000 queries (no batch fetching). */
    @Benchmark
    public int hibernate_lazy() {
        try (org.hibernate.Session session = peers.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateUser> users = session
                    .createSelectionQuery("from HibernateUser u order by u.id", HibernateUser.class).getResultList();
            for (HibernateUser user : users) {
                user.addresses.size();
            }
            tx.commit();
            return checkHibernate(users);
        }
    }

    /** Jdbi's documented idiom for a join: {@code reduceRows} into a map of users by id. */
    @Benchmark
    public List<User> jdbi() {
        return check(peers.jdbi.inTransaction(h -> new ArrayList<>(h.createQuery(JOIN)
                .reduceRows(new LinkedHashMap<Long, User>(), (map, row) -> {
                    User user = map.computeIfAbsent(row.getColumn("u_id", Long.class),
                            id -> user(id, row.getColumn("u_name", String.class)));
                    Long addressId = row.getColumn("a_id", Long.class);
                    if (addressId != null) {
                        address(user, addressId, row.getColumn("a_email", String.class));
                    }
                    return map;
                }).values())));
    }

    /** MyBatis's nested result map ({@code <collection>}) over the join. */
    @Benchmark
    public List<User> mybatis() {
        try (SqlSession session = peers.mybatis.openSession()) {
            List<User> users = session.getMapper(BenchMapper.class).selectUsersWithAddresses();
            session.commit();
            return check(users);
        }
    }

    /** jOOQ's typed join, grouped while iterating the ordered records. */
    @Benchmark
    public List<User> jooq() {
        return check(peers.jooq.transactionResult(cfg -> {
            List<User> users = new ArrayList<>(USERS_N);
            User user = null;
            for (Record4<Long, String, Long, String> r : DSL.using(cfg).select(U_ID, U_NAME, A_ID, A_EMAIL)
                    .from(USERS).leftOuterJoin(ADDRESSES).on(A_USER_ID.eq(U_ID)).orderBy(U_ID, A_ID).fetch()) {
                if (user == null || !user.id.equals(r.value1())) {
                    user = user(r.value1(), r.value2());
                    users.add(user);
                }
                if (r.value3() != null) {
                    address(user, r.value3(), r.value4());
                }
            }
            return users;
        }));
    }

    private static User user(long id, String name) {
        User user = new User();
        user.id = id;
        user.name = name;
        return user;
    }

    private static void address(User user, long id, String email) {
        Address address = new Address();
        address.id = id;
        address.userId = user.id;
        address.email = email;
        address.user = user;
        user.addresses.add(address);
    }

    private static List<User> check(List<User> users) {
        expect(users.size() == USERS_N, "W6Graph: loaded " + users.size() + " users, expected " + USERS_N);
        for (User user : users) {
            expect(user.addresses.size() == PER_USER && user.addresses.get(0).email.startsWith("user" + user.id + "."),
                    "W6Graph: user " + user.id + " has " + user.addresses.size() + " addresses, expected " + PER_USER);
        }
        return users;
    }

    private static int checkHibernate(List<HibernateUser> users) {
        expect(users.size() == USERS_N, "W6Graph: loaded " + users.size() + " users, expected " + USERS_N);
        for (HibernateUser user : users) {
            expect(user.addresses.size() == PER_USER && user.addresses.get(0).email.startsWith("user" + user.id + "."),
                    "W6Graph: user " + user.id + " has " + user.addresses.size() + " addresses, expected " + PER_USER);
        }
        return users.size();
    }
}
