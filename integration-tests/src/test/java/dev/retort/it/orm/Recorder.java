package dev.retort.it.orm;

import dev.retort.engine.StatementListener;
import dev.retort.it.support.MultiRowInserts;
import java.util.ArrayList;
import java.util.List;

/** Records the statements an engine runs, for tests that assert what a flush emits. */
final class Recorder implements StatementListener {
    /** One statement as run: its SQL, its parameter sets, and whether it was a batch. */
    record Statement(String sql, List<List<Object>> parameters, boolean batch) {
        /**
         * Whether it carried many rows: a batch, or one multi-row {@code INSERT ... VALUES (...),
         * (...)} (PostgreSQL's form of an executemany of 100 rows or more).
         */
        boolean manyRows() {
            return batch || MultiRowInserts.rows(sql) > 1;
        }

        @Override
        public String toString() {
            return sql + " " + parameters + (batch ? " (batch)" : "");
        }
    }

    private final List<Statement> statements = new ArrayList<>();
    private volatile boolean on = true;

    @Override
    public synchronized void beforeExecute(String sql, List<List<Object>> parameterSets, boolean batch) {
        if (on) {
            statements.add(new Statement(sql, parameterSets, batch));
        }
    }

    synchronized void clear() {
        statements.clear();
    }

    synchronized List<Statement> statements() {
        return List.copyOf(statements);
    }

    /** The statements' SQL, in order. */
    synchronized List<String> sql() {
        List<String> s = new ArrayList<>();
        for (Statement st : statements) {
            s.add(st.sql());
        }
        return s;
    }

    /** The statements whose SQL starts with {@code prefix}. */
    synchronized List<Statement> starting(String prefix) {
        List<Statement> s = new ArrayList<>();
        for (Statement st : statements) {
            if (st.sql().startsWith(prefix)) {
                s.add(st);
            }
        }
        return s;
    }
}
