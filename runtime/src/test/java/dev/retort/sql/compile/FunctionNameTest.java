package dev.retort.sql.compile;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.func;
import static dev.retort.sql.Expressions.literal;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.SqlTypes.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.ProgrammingErrorException;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A function name is an identifier: plain names render as written, anything else is quoted or rejected. */
class FunctionNameTest {
    private static final String HOSTILE = "1; DROP TABLE canary; SELECT abs";

    @Test
    void plainAndDottedNamesRenderAsWritten() {
        assertEquals("SELECT lower(:lower_1) AS lower_1", select(func("lower", "X")).toString());
        assertEquals("SELECT COALESCE(:coalesce_1) AS coalesce_1", select(func("COALESCE", "X")).toString());
        String dotted = select(func("pkg.my_fn$2", 1)).compile(H2Dialect.INSTANCE).sql();
        assertTrue(dotted.startsWith("SELECT pkg.my_fn$2(?)"), dotted);
    }

    @Test
    void hostileNamesAreQuotedOnEveryDialect() {
        for (CompilerFactory d : List.of(DerbyDialect.INSTANCE, H2Dialect.INSTANCE, SqliteDialect.INSTANCE, PostgresDialect.INSTANCE)) {
            String sql = select(func(HOSTILE, literal(1))).compile(d).sql();
            assertTrue(sql.startsWith("SELECT \"1; DROP TABLE canary; SELECT abs\"("), sql);
            String dotted = select(func("pkg.x\"; DROP TABLE canary; --", literal(1))).compile(d).sql();
            assertTrue(dotted.startsWith("SELECT pkg.\"x\"\"; DROP TABLE canary; --\"("), dotted);
        }
    }

    @Test
    void emptyPartsAndControlCharactersAreRejectedNamingTheValue() {
        for (String bad : List.of("", ".", "a..b", ".abs", "abs.", "ab\u0000s", "abs\n")) {
            ArgumentException e = assertThrows(ArgumentException.class, () -> func(bad, 1));
            assertTrue(e.getMessage().startsWith("Function name '"), e.getMessage());
        }
        ArgumentException e = assertThrows(ArgumentException.class, () -> func("ab\u0000s", 1));
        assertTrue(e.getMessage().contains("'ab\\u0000s'"), e.getMessage());
    }

    @Test
    void theCanarySurvivesAHostileFunctionNameOnH2() {
        try (Engine engine = Engine.create("h2:///:memory:")) {
            MetaData md = new MetaData();
            Table canary = md.table("canary", column("id", INTEGER).primaryKey());
            md.createAll(engine);
            try (Connection conn = engine.begin()) {
                conn.execute(canary.insert(), Map.of("id", 1));
            }
            try (Connection conn = engine.connect()) {
                assertThrows(ProgrammingErrorException.class,
                        () -> conn.execute(select(func(HOSTILE, literal(1)))).fetchAll());
            }
            try (Connection conn = engine.connect()) {
                assertEquals(1, conn.execute(select(canary)).fetchAll().size());
            }
        }
    }
}
