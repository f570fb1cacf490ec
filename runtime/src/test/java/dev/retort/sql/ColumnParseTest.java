package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.ArgumentException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Column#parse(String)} builds the column the constructor and the calls its words name
 * build, and {@link Table.Builder#define(Object...)} keeps the order of declarations and objects.
 */
class ColumnParseTest {

    @Test
    void typesAreThoseOfSqlTypes() {
        assertSame(SqlTypes.INTEGER, Column.parse("a INTEGER").type());
        assertSame(SqlTypes.BIGINT, Column.parse("a BIGINT").type());
        assertSame(SqlTypes.SMALLINT, Column.parse("a SMALLINT").type());
        assertSame(SqlTypes.STRING, Column.parse("a VARCHAR").type());
        assertSame(SqlTypes.TEXT, Column.parse("a TEXT").type());
        assertSame(SqlTypes.BOOLEAN, Column.parse("a BOOLEAN").type());
        assertSame(SqlTypes.REAL, Column.parse("a REAL").type());
        assertSame(SqlTypes.DOUBLE, Column.parse("a DOUBLE").type());
        assertSame(SqlTypes.NUMERIC, Column.parse("a NUMERIC").type());
        assertSame(SqlTypes.DATE, Column.parse("a DATE").type());
        assertSame(SqlTypes.TIME, Column.parse("a TIME").type());
        assertSame(SqlTypes.TIMESTAMP, Column.parse("a TIMESTAMP").type());
        assertSame(SqlTypes.TIMESTAMP_TZ, Column.parse("a TIMESTAMP_TZ").type());
        assertSame(SqlTypes.INSTANT, Column.parse("a INSTANT").type());
        assertSame(SqlTypes.UUID_TYPE, Column.parse("a UUID").type());
        assertSame(SqlTypes.BLOB, Column.parse("a BLOB").type());
        assertEquals(SqlTypes.string(80), Column.parse("a VARCHAR(80)").type());
        assertEquals(SqlTypes.varbinary(16), Column.parse("a VARBINARY(16)").type());
        assertEquals(SqlTypes.numeric(12, 2), Column.parse("a NUMERIC(12, 2)").type());
        assertEquals(SqlTypes.numeric(12, 2), Column.parse("a NUMERIC(12,2)").type());
    }

    @Test
    void wordsAreTheCalls() {
        same(new Column<>("id", SqlTypes.BIGINT).primaryKey(), Column.parse("id BIGINT PRIMARY KEY"));
        same(new Column<>("id", SqlTypes.BIGINT).primaryKey().autoincrement(false),
                Column.parse("id BIGINT PRIMARY KEY NO AUTOINCREMENT"));
        same(new Column<>("n", SqlTypes.INTEGER).autoincrement(true), Column.parse("n INTEGER AUTOINCREMENT"));
        same(new Column<>("name", SqlTypes.string(80)).nullable(false).unique(),
                Column.parse("name VARCHAR(80) NOT NULL UNIQUE"));
        same(new Column<>("note", SqlTypes.TEXT).nullable(true), Column.parse("note TEXT NULL"));
        same(new Column<>("parent_id", SqlTypes.BIGINT).index().foreignKey("t9.id"),
                Column.parse("parent_id BIGINT INDEX REFERENCES t9.id"));
        same(new Column<>("author_id", SqlTypes.BIGINT).foreignKey("s.authors.id", ReferentialAction.SET_NULL).unique(),
                Column.parse("author_id BIGINT REFERENCES s.authors.id ON DELETE SET NULL UNIQUE"));
        same(new Column<>("created", SqlTypes.TIMESTAMP).nullable(false).serverDefault("CURRENT_TIMESTAMP"),
                Column.parse("created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"));
        same(new Column<>("code", SqlTypes.string(3)).serverDefault("'A  B' || UPPER('x')"),
                Column.parse("code VARCHAR(3) DEFAULT 'A  B' || UPPER('x')"));
    }

    @Test
    void everyActionReads() {
        for (ReferentialAction a : ReferentialAction.values()) {
            Column<?> c = Column.parse("r BIGINT REFERENCES t.id ON DELETE " + a.sql());
            assertEquals(a, c.foreignKeys().get(0).onDeleteAction());
        }
    }

    @Test
    void defineKeepsTheOrder() {
        Table t = Table.builder("t")
                .define("id BIGINT PRIMARY KEY", new Column<>("status", SqlTypes.enumType("A", "B")), "name VARCHAR(10)",
                        new Index("ix_t_name", List.of("name"), false))
                .build();
        assertEquals(List.of("id", "status", "name"), t.columns().keys());
        assertTrue(t.columns().get("id").isPrimaryKey());
        assertEquals(1, t.indexes().size());
    }

    @Test
    void whatItCannotReadIsAnError() {
        for (String bad : List.of("", "a", "a VARCHARS", "a VARCHAR(x)", "a NUMERIC(3)", "a INTEGER PRIMARY",
                "a INTEGER NOT", "a INTEGER KEY", "a BIGINT REFERENCES", "a BIGINT REFERENCES t.id ON DELETE",
                "a BIGINT REFERENCES t.id ON DELETE SET", "a INTEGER DEFAULT ", "a VARCHAR(3")) {
            ArgumentException e = assertThrows(ArgumentException.class, () -> Column.parse(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
        ArgumentException notAnItem = assertThrows(ArgumentException.class,
                () -> Table.builder("t").define("id BIGINT", 3));
        assertTrue(notAnItem.getMessage().contains("not java.lang.Integer"), notAnItem.getMessage());
    }

    private static void same(Column<?> expected, Column<?> parsed) {
        assertEquals(expected.name(), parsed.name());
        assertEquals(expected.type(), parsed.type());
        assertEquals(expected.isPrimaryKey(), parsed.isPrimaryKey());
        assertEquals(expected.isNullableExplicit(), parsed.isNullableExplicit());
        assertEquals(expected.isNullable(), parsed.isNullable());
        assertEquals(expected.autoincrementSetting(), parsed.autoincrementSetting());
        assertEquals(expected.isUnique(), parsed.isUnique());
        assertEquals(expected.isIndexed(), parsed.isIndexed());
        assertEquals(expected.serverDefault(), parsed.serverDefault());
        assertEquals(expected.foreignKeys().size(), parsed.foreignKeys().size());
        for (int i = 0; i < expected.foreignKeys().size(); i++) {
            assertEquals(expected.foreignKeys().get(i).targetSpec(), parsed.foreignKeys().get(i).targetSpec());
            assertEquals(expected.foreignKeys().get(i).onDeleteAction(), parsed.foreignKeys().get(i).onDeleteAction());
        }
    }
}
