package dev.retort.engine;

import dev.retort.exc.InvalidRequestException;
import dev.retort.sql.Expressions;
import dev.retort.sql.Sequence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An engine's blocks of sequence values, one per sequence name: the "pooled-lo" optimizer of
 * Hibernate. The sequence is created with {@code INCREMENT BY n}; each {@code NEXT VALUE FOR}
 * returns the low end {@code lo} of a block, and the values {@code lo .. lo + n - 1} are this
 * engine's alone. Sequences hand every caller a different value and advance by {@code n}, so two
 * blocks never overlap: whoever draws from the sequence (this engine, another engine, another
 * process, or a plain {@code NEXT VALUE FOR} that uses the value itself as a key) gets a value
 * that is the low end of a block nobody else holds. Thread-safe: a block is handed out under a
 * lock, and a fetch happens under it too (one round trip per {@code n} values).
 */
final class PooledSequences {
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    /** The next value of {@code sequence} for this engine, fetching a new block through {@code conn} when needed. */
    long next(Connection conn, Sequence sequence) {
        return blocks.computeIfAbsent(sequence.name(), k -> new Block()).next(conn, sequence);
    }

    /** Forgets every block (values not handed out yet are skipped: gaps, never duplicates). */
    void clear() {
        blocks.clear();
    }

    private static final class Block {
        private long next;
        private long last = -1;
        private long lo;
        private boolean fetched;

        synchronized long next(Connection conn, Sequence sequence) {
            if (!fetched || next > last) {
                long value = fetch(conn, sequence);
                int n = sequence.increment();
                if (fetched && value > lo && value - lo < n) {
                    throw new InvalidRequestException("Sequence '" + sequence.name() + "' returned " + value
                            + " after " + lo + ": it increases by less than the " + n + " keys this engine takes"
                            + " from each value, so keys would repeat. Make the database's sequence INCREMENT BY " + n
                            + " (ALTER SEQUENCE " + sequence.name() + " INCREMENT BY " + n
                            + "), or give the mapping the sequence's increment as its allocation size");
                }
                lo = value;
                next = value;
                last = value + n - 1;
                fetched = true;
            }
            return next++;
        }

        private static long fetch(Connection conn, Sequence sequence) {
            String sql = conn.dialect().nextSequenceValueSql(sequence.name());
            if (sql == null) {
                throw new InvalidRequestException("The " + conn.dialect().name() + " dialect has no sequences, so "
                        + sequence + " has no values here; on such databases the column's keys come from its "
                        + "autoincrement");
            }
            Object v = conn.scalar(Expressions.text(sql));
            if (!(v instanceof Number)) {
                throw new InvalidRequestException("NEXT VALUE FOR " + sequence.name() + " returned " + v
                        + "; a sequence's values are numbers");
            }
            return ((Number) v).longValue();
        }
    }
}
