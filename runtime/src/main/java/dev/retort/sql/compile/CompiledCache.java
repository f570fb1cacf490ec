package dev.retort.sql.compile;

import dev.retort.sql.BindParameter;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Select;
import dev.retort.sql.TextClause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compilations of statements for one dialect, kept by {@link CacheKey} so that a statement built
 * again with the same structure (the same query run with other values) is not compiled again:
 * SQLAlchemy's compiled cache. The values of the new statement's bind parameters are taken from it
 * and bound in place of the cached ones; the SQL, the placeholders and the parameter names are the
 * cached compilation's. At most {@code capacity} compilations are kept, the least recently used
 * leaving first. Thread-safe.
 */
public final class CompiledCache {
    /** What a lookup found: the compilation to run and the values its placeholders were built with. */
    public record Lookup(Compiled compiled, Object[] built) {}

    /** A cached compilation and, per placeholder, the index of its bind parameter in key order (-1: the compiler's own). */
    private record Entry(Compiled compiled, int[] bindIndex) {}

    private final int capacity;
    private final LinkedHashMap<CacheKey, Entry> entries;
    private long hits;
    private long misses;

    /** A cache of at most {@code capacity} compilations (at least 1). */
    public CompiledCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, Entry> eldest) {
                return size() > CompiledCache.this.capacity;
            }
        };
    }

    /**
     * The compilation of {@code statement} for parameters named {@code keys}: from the cache, or
     * made by {@code compiler} and kept. {@code null} for a statement that is not cached (no
     * {@link CacheKey}), which the caller compiles itself.
     */
    public Lookup compile(ClauseElement statement, Collection<String> keys, Supplier<SqlCompiler> compiler) {
        CacheKey.Walker w = WALKERS.get();
        if (w.busy) {
            w = new CacheKey.Walker(); // a lookup inside a lookup on this thread: not shared
        }
        w.busy = true;
        try {
            if (!w.walk(statement, keys)) {
                return null;
            }
            Entry e;
            synchronized (this) {
                e = entries.get(w); // the walker stands for the key its tokens make: no key is built to look up
                if (e != null) {
                    hits++;
                } else {
                    misses++;
                }
            }
            if (e == null) {
                Compiled c = compiler.get().compile(statement, keys);
                int[] index = bindIndex(c, w);
                if (index != null) {
                    CacheKey key = w.key();
                    synchronized (this) {
                        entries.put(key, new Entry(c, index));
                    }
                }
                return new Lookup(c, null);
            }
            return new Lookup(view(e.compiled(), statement), built(e, w));
        } finally {
            w.clear();
            w.busy = false;
        }
    }

    /**
     * One walker per thread, used again by every lookup on it: walking a statement for its key
     * then allocates nothing, and a lookup that finds its compilation allocates no key.
     */
    private static final ThreadLocal<CacheKey.Walker> WALKERS = ThreadLocal.withInitial(CacheKey.Walker::new);

    /** Per placeholder of {@code c}, where its bind parameter is in {@code binds}; {@code null} if one cannot be traced. */
    private static int[] bindIndex(Compiled c, CacheKey.Walker binds) {
        List<BindParameter<?>> sources = c.sources();
        if (sources == null) {
            return null;
        }
        Map<BindParameter<?>, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < binds.bindCount(); i++) {
            position.putIfAbsent(binds.bind(i), i);
        }
        int[] index = new int[sources.size()];
        for (int i = 0; i < index.length; i++) {
            BindParameter<?> s = sources.get(i);
            Integer at = s == null ? null : position.get(s);
            if (at != null) {
                index[i] = at;
            } else if (s != null) {
                index[i] = -1; // made by the compiler from the statement's structure (LIMIT, OFFSET): part of the key
            } else if (c.parameters().get(i).hasValue()) {
                return null; // a value from somewhere the key does not follow: never reuse it
            } else {
                index[i] = -1;
            }
        }
        return index;
    }

    private static Object[] built(Entry e, CacheKey.Walker binds) {
        List<CompiledParameter> parameters = e.compiled().parameters();
        Object[] out = new Object[e.bindIndex().length];
        for (int i = 0; i < out.length; i++) {
            int at = e.bindIndex()[i];
            out[i] = at >= 0 ? binds.bind(at).value() : parameters.get(i).value();
        }
        return out;
    }

    /**
     * The cached compilation, or a view of it whose result columns are this statement's own
     * expressions when they are other objects (an alias made anew, a label), so that rows are
     * looked up by the expressions the caller holds.
     */
    private static Compiled view(Compiled cached, ClauseElement statement) {
        List<? extends ColumnElement<?>> mine;
        if (statement instanceof Select) {
            mine = ((Select) statement).selectedColumns();
        } else if (statement instanceof TextClause) {
            mine = ((TextClause) statement).resultColumns();
        } else {
            return cached;
        }
        List<ResultColumn> theirs = cached.resultColumns();
        if (theirs.size() != mine.size()) {
            return cached; // not the columns of the statement (cannot happen for equal keys)
        }
        List<ResultColumn> own = null;
        for (int i = 0; i < theirs.size(); i++) {
            if (theirs.get(i).element() != mine.get(i)) {
                if (own == null) {
                    own = new ArrayList<>(theirs.subList(0, i));
                }
            }
            if (own != null) {
                ResultColumn r = theirs.get(i);
                own.add(new ResultColumn(r.key(), r.type(), mine.get(i)));
            }
        }
        return own == null ? cached : new Compiled(cached, statement, own);
    }

    /** Compilations kept now. */
    public synchronized int size() {
        return entries.size();
    }

    /** The most compilations kept. */
    public int capacity() {
        return capacity;
    }

    /** Lookups that found a compilation. */
    public synchronized long hits() {
        return hits;
    }

    /** Lookups of cacheable statements that compiled. */
    public synchronized long misses() {
        return misses;
    }

    /** Forgets every compilation and zeroes the counts. */
    public synchronized void clear() {
        entries.clear();
        hits = 0;
        misses = 0;
    }
}
