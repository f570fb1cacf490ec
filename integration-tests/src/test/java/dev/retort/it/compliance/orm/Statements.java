package dev.retort.it.compliance.orm;

import dev.retort.engine.StatementListener;
import java.util.ArrayList;
import java.util.List;

/** Records the statements an engine runs, so a case can assert what a flush sent (SQLAlchemy's {@code assert_sql}). */
final class Statements implements StatementListener {
    /** One statement as run: its SQL and its parameter sets. */
    record Statement(String sql, List<List<Object>> parameters) {
        @Override
        public String toString() {
            return sql + " " + parameters;
        }
    }

    private final List<Statement> statements = new ArrayList<>();

    @Override
    public synchronized void beforeExecute(String sql, List<List<Object>> parameterSets, boolean batch) {
        statements.add(new Statement(sql, parameterSets));
    }

    synchronized void clear() {
        statements.clear();
    }

    /** The SQL of every statement, in order. */
    synchronized List<String> sql() {
        List<String> out = new ArrayList<>();
        for (Statement s : statements) {
            out.add(s.sql());
        }
        return out;
    }

    /** The statements that write (INSERT, UPDATE, DELETE), in order. */
    synchronized List<Statement> writes() {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            if (s.sql().startsWith("INSERT") || s.sql().startsWith("UPDATE") || s.sql().startsWith("DELETE")) {
                out.add(s);
            }
        }
        return out;
    }

    /** The SQL of the writing statements, in order. */
    synchronized List<String> writeSql() {
        List<String> out = new ArrayList<>();
        for (Statement s : writes()) {
            out.add(s.sql());
        }
        return out;
    }

    /** How many statements start with {@code prefix}. */
    synchronized long count(String prefix) {
        return statements.stream().filter(s -> s.sql().startsWith(prefix)).count();
    }
}
