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

    /**
     * The first idle statement, kept in fields: most connections of a session run one or two
     * statements, and then no map is made at all.
     */
    private Compiled firstKey;
    private Entry first;
    /** Made for a second idle statement. */
    private Map<Compiled, Entry> more;

    /** The idle statement for {@code compiled}, taken out of the cache; {@code null} if there is none. */
    Entry take(Compiled compiled) {
        if (first != null && firstKey == compiled) {
            Entry e = first;
            first = null;
            firstKey = null;
            return e;
        }
        return more == null || more.isEmpty() ? null : more.remove(compiled);
    }

    /** Keeps {@code entry} for the next execution of {@code compiled}; closes it when the cache is full. */
    void give(Compiled compiled, Entry entry) {
        boolean idle = (first != null && firstKey == compiled) || (more != null && more.containsKey(compiled));
        if (idle) {
            CompiledExecutor.closeQuietly(entry.statement()); // one idle statement per compilation is enough
        } else if (first == null) {
            firstKey = compiled;
            first = entry;
        } else if (more == null || more.size() + 1 < LIMIT) {
            if (more == null) {
                more = new IdentityHashMap<>(8);
            }
            more.put(compiled, entry);
        } else {
            CompiledExecutor.closeQuietly(entry.statement());
        }
    }

    /** Closes every idle statement (the connection is closing). */
    void closeAll() {
        if (first != null) {
            CompiledExecutor.closeQuietly(first.statement());
            first = null;
            firstKey = null;
        }
        if (more == null) {
            return;
        }
        for (Entry e : more.values()) {
            CompiledExecutor.closeQuietly(e.statement());
        }
        more.clear();
    }
}
