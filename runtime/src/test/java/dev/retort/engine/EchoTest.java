package dev.retort.engine;

import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.ProgrammingErrorException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What echo prints, and that passwords and hidden parameters never show. */
class EchoTest {
    private static Engine engine;
    private static Fixtures f;

    @BeforeAll
    static void start() {
        engine = Engine.builder(Fixtures.MEMORY).echo(true).build();
        f = Fixtures.schema();
        Fixtures.captureOut(() -> f.metadata.createAll(engine));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void insertAndCommit() {
        assertTrue(engine.echo());
        String out = Fixtures.captureOut(() -> {
            try (Connection conn = engine.connect()) {
                conn.execute(f.users.insert(), Map.of("name", "jack", "fullname", "Jack Jones"));
                conn.commit();
            }
        });
        assertEquals("BEGIN (implicit)\n"
                + "INSERT INTO users (name, fullname) VALUES (?, ?)\n"
                + "('jack', 'Jack Jones')\n"
                + "COMMIT\n", out);
        engine.transaction(c -> c.execute(f.users.delete()));
    }

    @Test
    void queryWithoutParametersAndRollbackOnClose() {
        String out = Fixtures.captureOut(() -> {
            try (Connection conn = engine.connect()) {
                conn.execute(select(f.users.c("name")).where(f.users.c("id").eq(5))).fetchAll();
                conn.execute(text("VALUES 1")).scalar();
            }
        });
        assertEquals("BEGIN (implicit)\n"
                + "SELECT users.name FROM users WHERE users.id = ?\n"
                + "(5,)\n"
                + "VALUES 1\n"
                + "()\n"
                + "ROLLBACK\n", out);
    }

    @Test
    void echoPrintsOnceWithALoggingBackendPresent() {
        // slf4j-simple is on this module's test class path and writes INFO and above to System.err
        assertTrue(org.slf4j.LoggerFactory.getLogger("dev.retort.engine").isInfoEnabled(), "a backend is bound");
        PrintStream savedErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        String out;
        try {
            out = Fixtures.captureOut(() -> {
                try (Connection conn = engine.connect()) {
                    conn.execute(select(f.users.c("name")).where(f.users.c("name").eq("echo-once"))).fetchAll();
                }
            });
        } finally {
            System.setErr(savedErr);
        }
        String both = out + err.toString(StandardCharsets.UTF_8);
        String sql = "SELECT users.name FROM users WHERE users.name = ?";
        assertEquals(1, both.split(java.util.regex.Pattern.quote(sql), -1).length - 1, both);
        assertEquals(1, both.split(java.util.regex.Pattern.quote("('echo-once',)"), -1).length - 1, both);
        assertTrue(out.contains(sql), "the one sink is standard output: " + out);
    }

    @Test
    void reflectionEchoesNoEmptyTransaction() {
        String out = Fixtures.captureOut(() -> {
            dev.retort.sql.Table t = new dev.retort.sql.MetaData().reflectTable("users", engine);
            assertEquals(List.of("id", "name", "fullname"), t.columns().list().stream().map(c -> c.name()).toList());
        });
        assertEquals("", out, "JDBC metadata reads show no BEGIN (implicit) / ROLLBACK pair around nothing");
    }

    @Test
    void savepoints() {
        String out = Fixtures.captureOut(() -> {
            try (Connection conn = engine.connect()) {
                conn.beginNested().commit();
                conn.beginNested().rollback();
                conn.rollback();
            }
        });
        assertEquals("BEGIN (implicit)\n"
                + "SAVEPOINT sa_1\n"
                + "RELEASE SAVEPOINT sa_1\n"
                + "SAVEPOINT sa_2\n"
                + "ROLLBACK TO SAVEPOINT sa_2\n"
                + "ROLLBACK\n", out);
    }

    @Test
    void executemanyShowsAtMostTenSets() {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sets.add(Map.of("name", "u" + i));
        }
        String out = Fixtures.captureOut(() -> {
            try (Connection conn = engine.connect()) {
                conn.execute(f.users.insert(), sets.subList(0, 2));
                conn.execute(f.users.insert(), sets);
            }
        });
        assertEquals("BEGIN (implicit)\n"
                + "INSERT INTO users (name) VALUES (?)\n"
                + "[('u1',), ('u2',)]\n"
                + "INSERT INTO users (name) VALUES (?)\n"
                + "[('u1',), ('u2',), ('u3',), ('u4',), ('u5',), ('u6',), ('u7',), ('u8',)  ... displaying 10 of 12 "
                + "total bound parameter sets ...  ('u11',), ('u12',)]\n"
                + "ROLLBACK\n", out);
    }

    @Test
    void ddlIsEchoedLikeAnyStatement() {
        String out = Fixtures.captureOut(() -> engine.createTables(List.of(f.users), true));
        assertEquals("BEGIN (implicit)\nCOMMIT\n", out, "checkFirst found the table");
        dev.retort.sql.MetaData md = new dev.retort.sql.MetaData();
        md.table("echoed", dev.retort.sql.Expressions.column("id", dev.retort.sql.SqlTypes.INTEGER).primaryKey());
        String created = Fixtures.captureOut(() -> md.createAll(engine));
        assertTrue(created.startsWith("BEGIN (implicit)\nCREATE TABLE echoed (\n"), created);
        assertTrue(created.endsWith(")\n()\nCOMMIT\n"), created);
    }

    @Test
    void hiddenParameters() {
        try (Engine hidden = Engine.builder(Fixtures.MEMORY).echo(true).hideParameters(true).build()) {
            Fixtures h = Fixtures.schema();
            Fixtures.captureOut(() -> h.metadata.createAll(hidden));
            String[] message = new String[1];
            String out = Fixtures.captureOut(() -> {
                try (Connection conn = hidden.connect()) {
                    conn.execute(h.users.insert(), Map.of("id", 1, "name", "secret-name"));
                    message[0] = assertThrows(IntegrityErrorException.class,
                            () -> conn.execute(h.users.insert(), Map.of("id", 1, "name", "secret-name"))).getMessage();
                }
            });
            assertEquals("BEGIN (implicit)\n"
                    + "INSERT INTO users (id, name) VALUES (?, ?)\n"
                    + "[SQL parameters hidden due to hide_parameters=True]\n"
                    + "INSERT INTO users (id, name) VALUES (?, ?)\n"
                    + "[SQL parameters hidden due to hide_parameters=True]\n"
                    + "ROLLBACK\n", out);
            assertTrue(message[0].contains("\n[parameters: [SQL parameters hidden due to hide_parameters=True]]\n"),
                    message[0]);
            assertFalse(message[0].contains("secret-name"));
        }
    }

    @Test
    void passwordNeverShows() throws SQLException {
        String[] shown = new String[4];
        String out = Fixtures.captureOut(() -> {
            try (Engine e = Engine.builder("derby://app:s3cr%40t@/:memory:").echo(true).build();
                    Connection conn = e.connect()) {
                shown[0] = e.toString();
                shown[1] = conn.toString();
                shown[2] = assertThrows(ProgrammingErrorException.class, () -> conn.execute(text("SELECT * FROM gone")))
                        .getMessage();
                java.sql.DatabaseMetaData md = conn.jdbc().getMetaData();
                shown[3] = md.getURL() + " as " + md.getUserName();
            } catch (SQLException ex) {
                throw new AssertionError(ex);
            }
        });
        assertEquals("Engine(derby://app:***@/:memory:)", shown[0]);
        assertTrue(shown[3].startsWith("jdbc:derby:memory:retort_memory_"), "no credentials in the JDBC URL");
        assertTrue(shown[3].toLowerCase().endsWith(" as app"), "the user went as a driver property: " + shown[3]);
        for (String s : List.of(out, shown[0], shown[1], shown[2], shown[3])) {
            assertFalse(s.contains("s3cr"), s);
        }
    }

    @Test
    void parameterFormatting() {
        assertEquals("()", ParamFormat.tuple(new Object[0]));
        assertEquals("(null,)", ParamFormat.tuple(new Object[] {null}));
        assertEquals("(1, 2.5, true, false, 'it\\'s', 'a\\\\b\\nc', <3 bytes>, 10.50)", ParamFormat.tuple(
                new Object[] {1, 2.5, true, false, "it's", "a\\b\nc", new byte[3], new BigDecimal("10.50")}));
        String longText = "x".repeat(150) + "y".repeat(200) + "z".repeat(150);
        assertEquals("'" + "x".repeat(150) + " ... (200 characters truncated) ... " + "z".repeat(150) + "'",
                ParamFormat.repr(longText));
        assertEquals("'" + "x".repeat(300) + "'", ParamFormat.repr("x".repeat(300)));
        assertEquals("{'email_1': 'ed@example.com', 'id_1': 5}",
                ParamFormat.dict(new java.util.TreeMap<>(Map.of("email_1", "ed@example.com", "id_1", 5))));
    }
}
