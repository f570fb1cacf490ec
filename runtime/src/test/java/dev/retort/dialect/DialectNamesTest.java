package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quoting and case folding. The reserved-word lists were checked word by word against the real
 * databases (each word tried unquoted as a table name, a column name, a qualified column and an
 * alias): the tests pin the words that matter and the rules that differ.
 */
class DialectNamesTest {

    @Test
    void theSeedsReservedWordsAreQuotedWhereTheDatabaseReservesThem() {
        for (Dialect d : List.<Dialect>of(DerbyDialect.INSTANCE, H2Dialect.INSTANCE, PostgresDialect.INSTANCE)) {
            for (String w : List.of("user", "left", "right", "order", "select", "table")) {
                assertEquals('"' + w + '"', d.preparer().quote(w), d + " " + w);
            }
        }
        // SQLite keeps names as written and compares them case-insensitively; USER is not one of its keywords
        assertEquals("user", SqliteDialect.INSTANCE.preparer().quote("user"));
        for (String w : List.of("left", "right", "order", "select", "table", "key", "index")) {
            assertEquals('"' + w + '"', SqliteDialect.INSTANCE.preparer().quote(w), w);
        }
    }

    @Test
    void everyDialectQuotesOnlyWhatItMust() {
        for (Dialect d : Dialects.all()) {
            assertEquals("users", d.preparer().quote("users"));
            assertEquals("email_address", d.preparer().quote("email_address"));
            char q = d.preparer().quoteIdentifier("x").charAt(0); // a double quote; MySQL's backtick
            assertEquals(q + "Users" + q, d.preparer().quote("Users"), "capitals make a name case-sensitive");
            assertEquals(q + "my col" + q, d.preparer().quote("my col"));
            assertEquals(q + "a" + q + q + "b" + q, d.preparer().quote("a" + q + "b"));
        }
        // words each database reserves on its own
        assertEquals("\"value\"", H2Dialect.INSTANCE.preparer().quote("value"));
        assertEquals("value", DerbyDialect.INSTANCE.preparer().quote("value"));
        assertEquals("\"returning\"", PostgresDialect.INSTANCE.preparer().quote("returning"));
        assertEquals("\"window\"", DerbyDialect.INSTANCE.preparer().quote("window"));
        assertEquals("\"pragma\"", SqliteDialect.INSTANCE.preparer().quote("pragma"));
    }

    @Test
    void derbyQuotesNamesWithLeadingUnderscoresOrDollarSigns() {
        assertEquals("\"_x\"", DerbyDialect.INSTANCE.preparer().quote("_x"));
        assertEquals("\"a$b\"", DerbyDialect.INSTANCE.preparer().quote("a$b"));
        assertEquals("_x", H2Dialect.INSTANCE.preparer().quote("_x"));
        assertEquals("a$b", PostgresDialect.INSTANCE.preparer().quote("a$b"));
    }

    @Test
    void foldingAndKeyColumnNames() {
        assertTrue(DerbyDialect.INSTANCE.foldsToUpperCase());
        assertTrue(H2Dialect.INSTANCE.foldsToUpperCase());
        assertFalse(PostgresDialect.INSTANCE.foldsToUpperCase());
        assertFalse(SqliteDialect.INSTANCE.foldsToUpperCase());

        // Derby refuses "id" for a column stored as ID; pgjdbc quotes the name it is given
        assertEquals("ID", DerbyDialect.INSTANCE.generatedKeyColumnName("id"));
        assertEquals("order", DerbyDialect.INSTANCE.generatedKeyColumnName("order"), "quoted, so stored lower case");
        assertEquals("ID", H2Dialect.INSTANCE.generatedKeyColumnName("id"));
        assertEquals("id", PostgresDialect.INSTANCE.generatedKeyColumnName("id"));
        assertEquals("id", SqliteDialect.INSTANCE.generatedKeyColumnName("id"));

        assertEquals("users", DerbyDialect.INSTANCE.normalizeName("USERS"));
        assertEquals("user", DerbyDialect.INSTANCE.normalizeName("user"));
        assertEquals("USER", DerbyDialect.INSTANCE.normalizeName("USER"), "a reserved word in capitals was quoted so");
        assertEquals("USERS", H2Dialect.INSTANCE.denormalizeName("users"));
        assertEquals("users", PostgresDialect.INSTANCE.denormalizeName("users"));
    }
}
