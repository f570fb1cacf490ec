package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.sql.Select;
import dev.retort.sql.compile.Compiled;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The row shapes of an engine's recent SELECTs, by compiled statement, so that running a cached
 * compilation again on a new connection (a new session's query) does not build its shape again
 * from the driver's metadata. Direct-mapped: a statement's slot is chosen by its identity hash and
 * holds the last shape built there, so lookups cost one array read and a comparison, the memory is
 * bounded, and a collision costs only a rebuild. Safe to share between threads: a slot holds an
 * immutable pair, and a race at worst builds a shape twice.
 *
 * <p>Only shapes of {@link Select} statements are kept, and only when the compiler knew their
 * columns: their SQL names every column, so every execution returns the same columns. A textual
 * statement may say {@code SELECT *}, whose columns can change with the table; its shape is
 * built from each result.
 */
final class RowShapes {
    private static final int SLOTS = 64;

    private record Slot(Compiled compiled, RowShape shape) {}

    private final Slot[] slots = new Slot[SLOTS];

    /** The shape of the rows of {@code rs}, a result of {@code compiled}. */
    RowShape of(Dialect dialect, Compiled compiled, ResultSet rs) throws SQLException {
        int i = System.identityHashCode(compiled) & (SLOTS - 1);
        Slot s = slots[i];
        if (s != null && s.compiled == compiled) {
            return s.shape;
        }
        RowShape shape = RowShape.of(dialect, compiled.resultColumns(), rs);
        if (compiled.statement() instanceof Select && shape.size() == compiled.resultColumns().size()) {
            slots[i] = new Slot(compiled, shape);
        }
        return shape;
    }
}
