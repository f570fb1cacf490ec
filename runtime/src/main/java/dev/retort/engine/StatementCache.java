package dev.retort.engine;

import dev.retort.sql.compile.Compiled;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The idle prepared statements of one connection, by the compiled statement they run, so that
 * code executing the same {@link Compiled} again and again (the ORM's lookup by key, its IN-list
 * loads) prepares it once per connection rather than once per execution, as hand-written JDBC
 * would. A statement is in the cache only while no result reads from it: it is taken out to
 * execute and given back when its result is closed, so two open results never share one. At
 * most {@value #LIMIT} are kept; the connection closes them as it closes. Not thread-safe (a
 * connection is used by one thread at a time).
 */
final class StatementCache {
    /** Idle statements kept per connection. */
    static final int LIMIT = 32;

    /** An idle statement and the shape of its rows (the same on every execution). */
    record Entry(PreparedStatement statement, RowShape shape) {}

    /** Made on the first statement given back (a session's connection runs a few statements). */
    private Map<Compiled, Entry> idle;

    /** The idle statement for {@code compiled}, taken out of the cache; {@code null} if there is none. */
    Entry take(Compiled compiled) {
        return idle == null || idle.isEmpty() ? null : idle.remove(compiled);
    }

    /** Keeps {@code entry} for the next execution of {@code compiled}; closes it when the cache is full. */
    void give(Compiled compiled, Entry entry) {
        if (idle == null) {
            idle = new IdentityHashMap<>(8);
        }
        if (idle.size() < LIMIT && !idle.containsKey(compiled)) {
            idle.put(compiled, entry);
        } else {
            CompiledExecutor.closeQuietly(entry.statement());
        }
    }

    /** Closes every idle statement (the connection is closing). */
    void closeAll() {
        if (idle == null) {
            return;
        }
        for (Entry e : idle.values()) {
            CompiledExecutor.closeQuietly(e.statement());
        }
        idle.clear();
    }
}
