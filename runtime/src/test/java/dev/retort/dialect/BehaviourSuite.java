package dev.retort.dialect;

import static dev.retort.sql.Expressions.bindParam;
import static dev.retort.sql.Expressions.count;
import static dev.retort.sql.Expressions.createTable;
import static dev.retort.sql.Expressions.dropIndex;
import static dev.retort.sql.Expressions.dropTable;
import static dev.retort.sql.Expressions.func;
import static dev.retort.sql.Expressions.literal;
import static dev.retort.sql.Expressions.or;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.SqlTypes.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.exc.CompileException;
import dev.retort.exc.DataErrorException;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.ProgrammingErrorException;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.DdlStatement;
import dev.retort.sql.Executable;
import dev.retort.sql.MetaData;
import dev.retort.sql.Select;
import dev.retort.sql.Table;
import dev.retort.sql.TextClause;
import dev.retort.sql.compile.Compiled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statements of the {@link Catalogue} run on the real database, queries return what they
 * should, the DDL creates what it says, the declared {@link Feature}s hold, and errors are
 * classified by family.
 */
abstract class BehaviourSuite {
    private final Target target;
    TestDb db;
    Fixtures f;

    BehaviourSuite(Target target) {
        this.target = target;
    }

    @BeforeEach
    void open() throws Exception {
        db = target.open();
        f = new Fixtures();
        db.create(f.tables());
        // keys 1 to 4 come from the identity columns
        db.update(f.users.insert(), Map.of("name", "jack", "fullname", "Jack Jones"));
        db.update(f.users.insert(), Map.of("name", "wendy", "fullname", "Wendy Williams"));
        db.update(f.users.insert(), Map.of("name", "fred", "fullname", "Fred Flintstone"));
        Map<String, Object> nameless = new HashMap<>();
        nameless.put("name", null);
        db.update(f.users.insert(), nameless);
        String[][] addresses = {{"1", "jack@yahoo.com"}, {"1", "jack@msn.com"}, {"2", "www@www.org"}, {"2", "wendy@aol.com"}};
        for (String[] a : addresses) {
            db.update(f.addresses.insert(), Map.of("user_id", Integer.valueOf(a[0]), "email_address", a[1]));
        }
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    // ------------------------------------------------------------------ every compiled statement runs

    @Test
    void everyCatalogueStatementRuns() throws Exception {
        db.connection.setAutoCommit(false);
        List<String> failures = new ArrayList<>();
        Map<String, Object> supply = new HashMap<>();
        supply.put("id", 100);
        supply.put("user", "u");
        supply.put("name", "n");
        supply.put("fullname", "f");
        supply.put("user_id", 1);
        supply.put("n", null);
        for (Map.Entry<String, Catalogue.Case> e : Catalogue.cases(new Fixtures()).entrySet()) {
            ClauseElement stmt = e.getValue().statement();
            if (stmt instanceof DdlStatement) {
                continue;
            }
            Compiled c;
            try {
                c = Catalogue.compile(db.dialect, e.getValue());
            } catch (CompileException x) {
                assertTrue(expectedCompileError(e.getKey()), e.getKey() + " does not compile on " + target + ": " + x);
                continue;
            }
            assertFalse(expectedCompileError(e.getKey()), e.getKey() + " should not compile on " + target);
            Map<String, Object> params = new HashMap<>();
            for (String n : c.requiredNames()) {
                params.put(n, supply.get(n));
            }
            try (PreparedStatement ps = db.connection.prepareStatement(c.sql())) {
                db.bind(ps, c, params);
                if (stmt instanceof Select || ((Executable) stmt).returnsRows() || stmt instanceof TextClause) {
                    ps.executeQuery().close();
                } else {
                    ps.executeUpdate();
                }
            } catch (SQLException x) {
                failures.add(e.getKey() + ": " + x.getSQLState() + " " + x.getMessage() + "\n    " + c.sql());
            } finally {
                db.connection.rollback();
            }
        }
        assertEquals(List.of(), failures, "statements the database rejected");
    }

    private boolean expectedCompileError(String label) {
        Dialect d = db.dialect;
        if (label.startsWith("insert.returning")) {
            return !d.supports(Feature.INSERT_RETURNING);
        }
        if (label.equals("update.returning") || label.equals("delete.returning")) {
            return !d.supports(Feature.UPDATE_RETURNING);
        }
        return label.equals("select.for_update_ordered") && d.name().equals("derby");
    }

    // ------------------------------------------------------------------ results

    @Test
    void queriesReturnWhatTheyShould() {
        var users = f.users;
        var addresses = f.addresses;
        assertEquals(List.of(List.of("Jack Jones, jack@msn.com"), List.of("Wendy Williams, wendy@aol.com")),
                db.query(select(users.c("fullname").concat(", ").concat(addresses.c("email_address")).label("title"))
                        .where(users.c("id").eq(addresses.c("user_id")))
                        .where(or(addresses.c("email_address").like("%@aol.com"),
                                addresses.c("email_address").like("%@msn.com")))
                        .orderBy(users.c("id"))));
        assertEquals(List.of(List.of(1)), db.query(select(users.c("id")).where(users.c("name").concat("x").eq("jackx"))));
        assertEquals(List.of(List.of(1)), db.query(select(users.c("id")).where(users.c("name").ilike("JA%"))));
        assertEquals(List.of(List.of(1)), db.query(select(users.c("id")).where(users.c("name").startsWith("ja"))));
        assertEquals(List.of(), db.query(select(users.c("id")).where(users.c("name").contains("%"))));
        assertEquals(List.of(List.of(2), List.of(3)), db.query(select(users.c("id"))
                .where(users.c("id").between(2, 3)).orderBy(users.c("id"))));
        assertEquals(List.of(List.of(2)), db.query(select(users.c("id")).where(users.c("id").in(2, 9),
                users.c("name").notIn("jack"))));
        assertEquals(List.of(List.of(2), List.of(3)), db.query(select(users.c("id")).orderBy(users.c("id")).limit(2).offset(1)));
        assertEquals(List.of(List.of(3), List.of(4)), db.query(select(users.c("id")).orderBy(users.c("id")).offset(2)));
        assertEquals(List.of(List.of(1)), db.query(select(users.c("id")).orderBy(users.c("id")).limit(1)));
        assertEquals(List.of(4), db.query(select(users.c("id")).orderBy(users.c("name").nullsFirst())).get(0));

        assertEquals(1, db.scalar(select(literal(1))));
        assertNull(db.scalar(select(literal((Object) null))));
        assertEquals("x", db.scalar(select(func("lower", "X"))));
        Map<String, Object> noName = new HashMap<>();
        noName.put("n", null);
        Select byName = select(users.c("id")).where(or(bindParam("n", STRING).isNull(),
                users.c("name").eq(bindParam("n", STRING)))).orderBy(users.c("id"));
        assertEquals(4, db.query(byName, noName).size());
        assertEquals(List.of(List.of(2)), db.query(byName, Map.of("n", "wendy")));
        assertEquals(4, db.query(select(users.c("id")).where(literal(1).eq(literal(1)))).size());

        assertEquals(List.of(Arrays.asList("fred", null)), db.query(select(users.c("name"), addresses.c("email_address"))
                .outerJoin(addresses).where(users.c("id").eq(3))));
        assertEquals(List.of(List.of("jack", 2L), List.of("wendy", 2L), List.of("fred", 0L)),
                db.query(select(users.c("name"), select(count()).where(addresses.c("user_id").eq(users.c("id")))
                        .scalarSubquery().label("n")).where(users.c("id").le(3)).orderBy(users.c("id"))));
        assertEquals(List.of(List.of("jack"), List.of("wendy")), db.query(select(users.c("name"))
                .where(dev.retort.sql.Expressions.exists(select(addresses.c("id"))
                        .where(addresses.c("user_id").eq(users.c("id"))))).orderBy(users.c("id"))));
        assertEquals(List.of(List.of(1, 2L), List.of(2, 2L)), db.query(select(addresses.c("user_id"), count().label("n"))
                .groupBy(addresses.c("user_id")).having(count().gt(1L)).orderBy(addresses.c("user_id"))));
        var counts = select(addresses.c("user_id"), count().label("n")).groupBy(addresses.c("user_id")).subquery("counts");
        assertEquals(List.of(List.of("jack", 2L)), db.query(select(users.c("name"), counts.c("n"))
                .where(users.c("id").eq(counts.c("user_id")), users.c("id").eq(1))));
        assertEquals(2, db.query(select(addresses.c("user_id")).distinct()).size());
    }

    @Test
    void insertsAndUpdatesOfEveryShapeWork() {
        db.update(f.counter.insert(), Map.of());
        assertEquals(List.of(List.of(1)), db.query(select(f.counter)), "INSERT with no values gets its key");
        db.update(f.addresses.insert().fromSelect(List.of("user_id", "email_address"),
                select(f.users.c("id"), f.users.c("name").concat("@example.com")).where(f.users.c("id").eq(3))));
        assertEquals("fred@example.com", db.scalar(select(f.addresses.c("email_address"))
                .where(f.addresses.c("user_id").eq(3))));
        Compiled c = db.compile(f.users.update().where(f.users.c("id").eq(bindParam("user_id", dev.retort.sql.SqlTypes.INTEGER))),
                List.of("name", "user_id"));
        assertEquals(List.of("name", "user_id"), new ArrayList<>(c.parameterNames()));
        assertEquals(1, db.update(f.users.update().where(f.users.c("id").eq(bindParam("user_id", dev.retort.sql.SqlTypes.INTEGER))),
                Map.of("name", "frederick", "user_id", 3)));
        db.update(f.users.update().values(Map.of("fullname", f.users.c("name").concat("!"))).where(f.users.c("id").eq(3)));
        assertEquals("frederick!", db.scalar(select(f.users.c("fullname")).where(f.users.c("id").eq(3))));
        assertEquals(2, db.update(f.addresses.delete().where(f.addresses.c("email_address").like("jack%"))));
    }

    // ------------------------------------------------------------------ DDL

    @Test
    void ddlCreatesWhatItSays() throws Exception {
        for (Table t : f.tables()) {
            assertTrue(db.tableExists(t.name()), t.name());
        }
        // ON DELETE SET NULL and a composite ON DELETE CASCADE
        db.update(f.parent.insert(), Map.of("a", 1, "b", "x", "label", "p"));
        db.update(f.child.insert(), Map.of("id", 1, "pa", 1, "pb", "x", "owner_id", 4));
        db.update(f.child.insert(), Map.of("id", 2, "owner_id", 4));
        db.update(f.users.delete().where(f.users.c("id").eq(4)));
        assertEquals(List.of(Arrays.asList(1, null), Arrays.asList(2, null)), db.query(select(f.child.c("id"), f.child.c("owner_id"))
                .orderBy(f.child.c("id"))));
        db.update(f.parent.delete());
        assertEquals(List.of(List.of(2)), db.query(select(f.child.c("id"))));
        // checks and enums
        assertThrows(IntegrityErrorException.class, () -> db.update(f.everything.insert(), Map.of("code", "q", "qty", -1)));
        DatabaseException bad = assertThrows(DatabaseException.class,
                () -> db.update(dev.retort.sql.Expressions.text("INSERT INTO everything (code, e) VALUES ('z', 'zz')")));
        assertTrue(bad instanceof IntegrityErrorException || bad instanceof DataErrorException, bad.toString());
        // unique index
        db.update(f.parent.insert(), Map.of("a", 2, "b", "y"));
        db.update(f.child.insert(), Map.of("id", 3, "pa", 2, "pb", "y"));
        assertThrows(IntegrityErrorException.class, () -> db.update(f.child.insert(), Map.of("id", 4, "pa", 2, "pb", "y")));
        // ON UPDATE CASCADE where the database has it
        MetaData md = new MetaData();
        Table source = f.cascadeOnUpdate(md);
        if (db.dialect.name().equals("derby")) {
            assertThrows(CompileException.class, () -> db.compile(createTable(source)));
        } else {
            db.create(md.sortedTables());
            db.update(md.getTable("target").insert(), Map.of("id", 1));
            db.update(source.insert(), Map.of("id", 1, "target_id", 1));
            db.update(md.getTable("target").update().values(Map.of("id", 5)));
            assertEquals(5, db.scalar(select(source.c("target_id"))));
        }
        // drops
        db.ddl(dropIndex(f.everything.indexes().get(0)));
        db.ddl(dropTable(f.association));
        assertFalse(db.tableExists("association"));
    }

    // ------------------------------------------------------------------ features

    @Test
    void declaredFeaturesHold() throws Exception {
        Dialect d = db.dialect;
        db.connection.setAutoCommit(false);
        db.raw("CREATE TABLE txddl (id INTEGER)");
        db.connection.rollback();
        db.connection.setAutoCommit(true);
        assertEquals(d.supports(Feature.TRANSACTIONAL_DDL), !db.tableExists("txddl"), "TRANSACTIONAL_DDL");

        assertEquals(d.supports(Feature.DROP_IF_EXISTS), succeeds("DROP TABLE IF EXISTS nosuch"), "DROP_IF_EXISTS");
        assertEquals(d.supports(Feature.MULTI_ROW_INSERT), succeeds("INSERT INTO counter (id) VALUES (10), (11)"),
                "MULTI_ROW_INSERT");
        assertEquals(d.supports(Feature.ALTER_ADD_CONSTRAINT),
                succeeds("ALTER TABLE users ADD CONSTRAINT uq_users_fullname UNIQUE (fullname)"), "ALTER_ADD_CONSTRAINT");
        assertEquals(d.supports(Feature.NULLS_ORDERING), succeeds("SELECT id FROM users ORDER BY name NULLS FIRST"),
                "NULLS_ORDERING");
        assertEquals(d.supports(Feature.FOR_UPDATE),
                db.compile(select(f.users).where(f.users.c("id").eq(1)).forUpdate()).sql().endsWith(" FOR UPDATE"),
                "FOR_UPDATE");
        assertEquals(d.supports(Feature.ILIKE), db.compile(f.users.c("name").ilike("x")).sql().contains("ILIKE"), "ILIKE");
        assertEquals(d.supports(Feature.INSERT_RETURNING), compiles(f.users.insert().returning(f.users.c("id"))),
                "INSERT_RETURNING");
        assertEquals(d.supports(Feature.UPDATE_RETURNING), compiles(f.users.update().values(Map.of("name", "x"))
                .returning(f.users.c("id"))), "UPDATE_RETURNING");
        assertTrue(d.supports(Feature.SAVEPOINTS));
        db.connection.setAutoCommit(false);
        db.connection.releaseSavepoint(db.connection.setSavepoint("sp1"));
        db.connection.rollback();
        db.connection.setAutoCommit(true);

        if (d.supports(Feature.SEQUENCES)) {
            db.raw("CREATE SEQUENCE seq_test START WITH 1");
            for (long want = 1; want <= 2; want++) {
                try (Statement s = db.connection.createStatement();
                        var rs = s.executeQuery(d.nextSequenceValueSql("seq_test"))) {
                    rs.next();
                    assertEquals(want, rs.getLong(1));
                }
            }
        } else {
            assertNull(d.nextSequenceValueSql("seq_test"));
        }

        IntegrityErrorException fk = assertThrows(IntegrityErrorException.class,
                () -> db.update(f.addresses.insert(), Map.of("id", 50, "user_id", 99, "email_address", "x")));
        assertTrue(d.supports(Feature.FOREIGN_KEYS), fk.getMessage());

        try (Connection second = target.second(db)) {
            boolean seen;
            try (Statement s = second.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM users")) {
                rs.next();
                seen = rs.getInt(1) == 4;
            }
            assertTrue(seen, "a second connection sees the same database");
        }
    }

    private boolean succeeds(String sql) {
        try {
            db.raw(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean compiles(ClauseElement e) {
        try {
            db.compile(e);
            return true;
        } catch (CompileException x) {
            return false;
        }
    }

    // ------------------------------------------------------------------ errors

    @Test
    void errorsAreClassifiedByFamily() throws Exception {
        var users = f.users;
        assertThrows(IntegrityErrorException.class,
                () -> db.update(users.insert(), Map.of("id", 1, "name", "dup", "fullname", "Dup")), "duplicate key");
        assertThrows(IntegrityErrorException.class,
                () -> db.update(f.addresses.insert(), Map.of("id", 9, "user_id", 77, "email_address", "x")), "FK");
        assertThrows(IntegrityErrorException.class, () -> db.update(users.delete().where(users.c("id").eq(1))),
                "FK: jack still has addresses");
        Map<String, Object> noEmail = new HashMap<>();
        noEmail.put("id", 9);
        noEmail.put("email_address", null);
        assertThrows(IntegrityErrorException.class, () -> db.update(f.addresses.insert(), noEmail), "NOT NULL");
        Map<String, Object> tooLong = Map.of("id", 10, "name", "x".repeat(60), "fullname", "y");
        if (target.enforcesLength()) {
            assertThrows(DataErrorException.class, () -> db.update(users.insert(), tooLong), "string too long");
        } else {
            assertEquals(1, db.update(users.insert(), tooLong), "SQLite does not enforce VARCHAR lengths");
        }
        assertThrows(ProgrammingErrorException.class, () -> db.query(select(new MetaData().table("nosuch",
                dev.retort.sql.Expressions.column("id", dev.retort.sql.SqlTypes.INTEGER)))), "unknown table");
        assertThrows(ProgrammingErrorException.class,
                () -> db.update(dev.retort.sql.Expressions.text("SELEC id FROM users")), "syntax error");

        // a lock held by one connection makes another give up
        db.connection.setAutoCommit(false);
        db.update(users.update().where(users.c("id").eq(2)).values(Map.of("name", "locked")));
        try (Connection second = target.second(db)) {
            try (Statement s = second.createStatement()) {
                for (String setup : target.lockTimeoutSetup()) {
                    s.execute(setup);
                }
            }
            second.setAutoCommit(false);
            String sql = db.compile(users.update().where(users.c("id").eq(2)).values(Map.of("name", "other"))).sql();
            try (PreparedStatement ps = second.prepareStatement(sql)) {
                ps.setString(1, "other");
                ps.setInt(2, 2);
                ps.executeUpdate();
                fail("the second connection got the lock");
            } catch (SQLException e) {
                DatabaseException wrapped = db.dialect.wrap(e, sql, List.of(), null);
                assertTrue(wrapped instanceof OperationalErrorException, "lock timeout: " + wrapped);
            } finally {
                second.rollback();
            }
        } finally {
            db.connection.rollback();
            db.connection.setAutoCommit(true);
        }
    }
}
