package dev.retort.engine;

import static dev.retort.Retort.column;
import static dev.retort.Retort.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.Feature;
import dev.retort.exc.ArgumentException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.sql.MetaData;
import dev.retort.sql.Sequence;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sequence's DDL on every dialect, and the engine's pooled-lo blocks on Derby: one fetch per
 * block, and a clear error instead of repeated keys when the database's sequence advances by
 * less than the block size.
 */
class PooledSequenceTest {

    @Test
    void everyDialectRendersTheSequenceOrKeepsTheIdentity() {
        MetaData md = new MetaData();
        Table t = md.table("orders", column("id", SqlTypes.BIGINT).primaryKey().sequence(new Sequence("order", 5, 50)));
        for (Dialect d : Dialects.all()) {
            String create = d.ddlCompiler().createTable(t);
            if (d.supports(Feature.SEQUENCES)) {
                String seq = d.ddlCompiler().createSequence(new Sequence("order", 5, 50));
                assertTrue(seq.startsWith("CREATE SEQUENCE ") && seq.endsWith("START WITH 5 INCREMENT BY 50"), seq);
                assertTrue(!seq.contains(" order ") && !seq.contains(" order AS"), "a reserved word is quoted: " + seq);
                assertTrue(d.ddlCompiler().dropSequence(new Sequence("order")).startsWith("DROP SEQUENCE "));
                assertTrue(!create.contains("IDENTITY") && !create.contains("AUTO_INCREMENT"), d.name() + ": " + create);
                assertTrue(d.sequenceExistsSql().contains(":name"), d.name());
            } else {
                assertEquals(null, d.nextSequenceValueSql("order"), d.name());
                assertTrue(create.contains("AUTOINCREMENT") || create.contains("AUTO_INCREMENT")
                        || d.name().equals("generic"), d.name() + " keeps the identity: " + create);
            }
        }
    }

    @Test
    void aSequenceNeedsANameAndAPositiveIncrement() {
        assertThrows(ArgumentException.class, () -> new Sequence(""));
        ArgumentException e = assertThrows(ArgumentException.class, () -> new Sequence("s", 1, 0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void oneFetchServesABlockAndAShortIncrementIsRefused() {
        List<String> fetches = new ArrayList<>();
        try (Engine engine = Engine.builder("derby:///:memory:").listener((sql, p, batch) -> {
            if (sql.contains("NEXT VALUE FOR")) {
                fetches.add(sql);
            }
        }).build(); Connection conn = engine.connect()) {
            Sequence pooled = new Sequence("pooled_seq", 1, 4);
            conn.execute(text("CREATE SEQUENCE pooled_seq AS BIGINT START WITH 1 INCREMENT BY 4"));
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                values.add(conn.nextPooledValue(pooled));
            }
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), values);
            assertEquals(2, fetches.size(), "one NEXT VALUE FOR per 4 values");

            // created by hand with INCREMENT BY 1, mapped with 50: blocks would overlap
            Sequence wrong = new Sequence("short_seq", 1, 50);
            conn.execute(text("CREATE SEQUENCE short_seq AS BIGINT START WITH 1 INCREMENT BY 1"));
            for (int i = 0; i < 50; i++) {
                conn.nextPooledValue(wrong);
            }
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> conn.nextPooledValue(wrong));
            assertTrue(e.getMessage().contains("Sequence 'short_seq' returned 2 after 1")
                    && e.getMessage().contains("ALTER SEQUENCE short_seq INCREMENT BY 50"), e.getMessage());
        }
    }

    @Test
    void withoutSequencesThereIsNoValueToPool() {
        try (Engine engine = Engine.create("sqlite:///:memory:"); Connection conn = engine.connect()) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> conn.nextPooledValue(new Sequence("s")));
            assertTrue(e.getMessage().contains("has no sequences"), e.getMessage());
        }
    }
}
