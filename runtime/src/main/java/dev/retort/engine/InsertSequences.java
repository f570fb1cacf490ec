package dev.retort.engine;

import dev.retort.dialect.Feature;
import dev.retort.sql.Column;
import dev.retort.sql.Executable;
import dev.retort.sql.Insert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Core INSERTs into a table whose key column has a {@link dev.retort.sql.Sequence}: a row that
 * gives no key gets the next value of the sequence from the engine's block
 * ({@link Connection#nextPooledValue}) as a bound value, as SQLAlchemy fires a column's sequence
 * for an INSERT that leaves it out. Only where the dialect has {@link Feature#SEQUENCES}; elsewhere
 * the key column is autoincrement and the database generates the key.
 */
final class InsertSequences {
    private InsertSequences() {}

    /** The key column whose sequence a row without a key draws from, or {@code null}. */
    private static Column<?> sequenceKey(Connection conn, Executable statement) {
        if (!(statement instanceof Insert) || !conn.dialect().supports(Feature.SEQUENCES)) {
            return null;
        }
        Insert insert = (Insert) statement;
        Column<?> key = insert.fromSelect() == null ? insert.table().autoincrementColumn() : null;
        return key != null && key.sequence() != null ? key : null;
    }

    /** The statement to run for one row: with the key as a value when the INSERT's own values leave it out. */
    static Executable statement(Connection conn, Executable statement, Map<String, ?> params) {
        Column<?> key = sequenceKey(conn, statement);
        Insert insert = key == null ? null : (Insert) statement;
        if (insert == null || insert.values().isEmpty() || insert.values().containsKey(key)) {
            return statement;
        }
        return insert.value(key.name(), conn.nextPooledValue(key.sequence()));
    }

    /** The parameters for one row: with the key when an INSERT without values of its own is given none. */
    static Map<String, ?> parameters(Connection conn, Executable statement, Map<String, ?> params) {
        Column<?> key = sequenceKey(conn, statement);
        if (key == null || !((Insert) statement).values().isEmpty() || params.get(key.name()) != null) {
            return params;
        }
        Map<String, Object> withKey = new LinkedHashMap<>(params);
        withKey.put(key.name(), conn.nextPooledValue(key.sequence()));
        return withKey;
    }

    /** {@link #parameters} for every set of an executemany. */
    static List<? extends Map<String, ?>> parameterSets(Connection conn, Executable statement,
            List<? extends Map<String, ?>> sets) {
        if (sequenceKey(conn, statement) == null) {
            return sets;
        }
        List<Map<String, ?>> out = new ArrayList<>(sets.size());
        for (Map<String, ?> set : sets) {
            out.add(parameters(conn, statement, set));
        }
        return out;
    }
}
