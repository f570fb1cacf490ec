package dev.retort.engine.reflect;

import static dev.retort.sql.SqlTypes.numeric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.sql.ReferentialAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Types;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reflection on SQLite (xerial): a new database file per test; SQLite has no schemas. */
class SqliteInspectorTest extends InspectorSuite {

    /**
     * SQLite names no constraint itself, so two unnamed composite keys to one table come back
     * without names, their rows interleaved by KEY_SEQ; they are told apart by their rules.
     * (Derby cannot have this: paths between two tables must share a delete rule.)
     */
    @Test
    void unnamedCompositeForeignKeysToOneTable() {
        db.execute("CREATE TABLE parent (a INTEGER NOT NULL, b VARCHAR(10) NOT NULL, PRIMARY KEY (b, a))",
                "CREATE TABLE child (pa INTEGER, pb VARCHAR(10), qa INTEGER, qb VARCHAR(10), "
                        + "FOREIGN KEY (pb, pa) REFERENCES parent (b, a) ON DELETE CASCADE, "
                        + "FOREIGN KEY (qb, qa) REFERENCES parent (b, a) ON DELETE SET NULL)");
        assertEquals(Set.of(
                new ForeignKeyInfo(null, List.of("pb", "pa"), null, "parent", List.of("b", "a"), ReferentialAction.CASCADE),
                new ForeignKeyInfo(null, List.of("qb", "qa"), null, "parent", List.of("b", "a"), ReferentialAction.SET_NULL)),
                Set.copyOf(insp.getForeignKeys("child")));
    }

    @Override
    protected Dialect dialect() {
        return SqliteDialect.INSTANCE;
    }

    @Override
    protected TestDatabase freshDatabase() throws Exception {
        Path file = Files.createTempFile("retort-reflect-", ".db");
        return new TestDatabase(SqliteDialect.INSTANCE, "jdbc:sqlite:" + file, new Properties(), null);
    }

    @Override
    protected void release(TestDatabase database) throws Exception {
        // the file name is the part of the URL after "jdbc:sqlite:"; see freshDatabase
        Files.deleteIfExists(Paths.get(database.url().substring("jdbc:sqlite:".length())));
    }

    /** A table's only INTEGER primary key is SQLite's rowid: it always gets values. */
    @Override
    protected boolean integerPrimaryKeyIsAutoincrement() {
        return true;
    }

    @Override
    protected boolean supportsSchemas() {
        return false;
    }

    @Override
    protected String expectedDefaultSchema() {
        return null;
    }

    @Override
    protected String identityKey() {
        return "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    protected String clob() {
        return "TEXT";
    }

    @Override
    protected String doubleType() {
        return "DOUBLE";
    }

    @Override
    protected String blob() {
        return "BLOB";
    }
}
