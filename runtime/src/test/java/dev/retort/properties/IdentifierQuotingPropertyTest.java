package dev.retort.properties;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.reflect.ColumnInfo;
import dev.retort.engine.reflect.Inspector;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.RetortException;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any name a database accepts round-trips: a table and a column named by a generated name (quotes,
 * semicolons, comment markers, spaces, capitals, reserved words, non-ASCII letters) are created
 * with a real CREATE TABLE, written, read back by that name and found again by reflection under
 * exactly that name. A name the database refuses gives a typed error; a canary table survives.
 */
class IdentifierQuotingPropertyTest {
    private static final List<String> URLS = List.of("derby:///:memory:", "h2:///:memory:", "sqlite:///:memory:");
    private static List<Engine> engines;
    private static Table canary;

    @BeforeContainer
    static void start() {
        engines = URLS.stream().map(Engine::create).collect(Collectors.toList());
        MetaData md = new MetaData();
        canary = md.table("canary", column("id", INTEGER).primaryKey());
        for (Engine e : engines) {
            md.createAll(e);
            try (Connection c = e.begin()) {
                c.execute(canary.insert(), Map.of("id", 1));
            }
        }
    }

    @AfterContainer
    static void stop() {
        for (Engine e : engines) {
            try (Connection c = e.connect()) {
                assertEquals(1, c.execute(select(canary)).fetchAll().size(), "canary on " + e);
            }
            e.close();
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> generated = Arbitraries.strings()
                .withChars("abcXYZ_019 \"';-/*$.é\u0416")
                .ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> reserved = Arbitraries.of("user", "order", "select", "table", "group", "Select", "from",
                "\"", "\"\"", "'", "a\"; DROP TABLE canary; --", "x' OR '1'='1", "/* c */", "-- c");
        return Arbitraries.oneOf(generated, reserved);
    }

    @Property(tries = 60)
    void aNameRoundTripsThroughCreateTableAndReflection(@ForAll("names") String name) {
        String tableName = "t" + name;
        for (Engine engine : engines) {
            MetaData md = new MetaData();
            Table t = md.table(tableName, column("id", INTEGER).primaryKey(), column(name, string(40)));
            try {
                md.createAll(engine);
            } catch (RetortException refused) {
                continue; // the database refused the name, with a typed error
            }
            try {
                try (Connection c = engine.begin()) {
                    c.execute(t.insert(), Map.of("id", 1, name, name));
                }
                try (Connection c = engine.connect()) {
                    assertEquals(name, c.execute(select(t.c(name))).scalar());
                }
                // as SQLAlchemy's normalize_name: on a database that folds to upper case, a quoted
                // all-capitals name is indistinguishable from an unquoted one and comes back in lower case
                Dialect d = engine.dialect();
                String reflectedTable = d.normalizeName(d.denormalizeName(tableName));
                String reflectedColumn = d.normalizeName(d.denormalizeName(name));
                Inspector inspector = Retort.inspect(engine);
                assertTrue(inspector.getTableNames().contains(reflectedTable), () -> engine + " tables "
                        + inspector.getTableNames() + " lack " + tableName);
                List<String> columns;
                try {
                    columns = inspector.getColumns(reflectedTable).stream().map(ColumnInfo::name)
                            .collect(Collectors.toList());
                } catch (ArgumentException refused) {
                    // SQLite's driver cannot be asked about a name with a quote: refused, typed
                    assertTrue(engine.dialect().name().equals("sqlite") && name.contains("'"), refused.getMessage());
                    continue;
                }
                assertEquals(List.of("id", reflectedColumn), columns, engine.toString());
            } finally {
                md.dropAll(engine);
            }
            assertFalse(Retort.inspect(engine).hasTable(tableName));
        }
    }
}
