package dev.retort.engine;

import java.util.List;

/**
 * Told about every statement an engine runs, just before it runs: for auditing, metrics, and
 * tests that assert the exact SQL a unit of work emits. Register with
 * {@link Engine.Builder#listener(StatementListener)}. Called on the thread that executes; keep it
 * quick. Parameter values are the ones bound (after type conversion), never hidden.
 */
@FunctionalInterface
public interface StatementListener {

    /**
     * @param sql the SQL text sent to the driver
     * @param parameterSets the bound values: one list for a single execution, one per row for a batch
     * @param batch whether the statement runs as a JDBC batch (a multi-row INSERT that an
     *     executemany became, on PostgreSQL, runs once: one list with every row's values, in order)
     */
    void beforeExecute(String sql, List<List<Object>> parameterSets, boolean batch);
}
