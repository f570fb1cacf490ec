package dev.retort.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an engine reports what it does: every statement with its parameters, and BEGIN, COMMIT,
 * ROLLBACK and savepoints. Each line goes to exactly one place: with echo on, {@code System.out}
 * (as SQLAlchemy's echo attaches one handler writing to stdout); with echo off, the SLF4J logger
 * {@code dev.retort.engine} at DEBUG. A logging backend on the class path therefore never doubles
 * echo's output. Nothing is formatted unless it will be shown.
 */
final class EngineLog {
    static final Logger LOG = LoggerFactory.getLogger("dev.retort.engine");
    static final String HIDDEN = "[SQL parameters hidden due to hide_parameters=True]";

    private final boolean echo;
    private final boolean hideParameters;
    private final List<StatementListener> listeners;

    EngineLog(boolean echo, boolean hideParameters, List<StatementListener> listeners) {
        this.echo = echo;
        this.hideParameters = hideParameters;
        this.listeners = List.copyOf(listeners);
    }

    boolean echo() {
        return echo;
    }

    boolean hideParameters() {
        return hideParameters;
    }

    /** Whether lines are shown anywhere. */
    boolean enabled() {
        return echo || LOG.isDebugEnabled();
    }

    /** Shows one line. */
    void line(String text) {
        if (echo) {
            System.out.println(text);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(text);
        }
    }

    /** Shows a statement and its parameters. */
    void statement(String sql, Object[] parameters) {
        for (StatementListener l : listeners) {
            l.beforeExecute(sql, List.of(asList(parameters)), false);
        }
        if (enabled()) {
            line(sql);
            line(parametersText(parameters));
        }
    }

    /**
     * Shows one statement that inserts many rows ({@code VALUES} lists, one row after another): the
     * listeners and the echo get its parameters as one set, the rows' values in order.
     */
    void statementManyValues(String sql, List<Object[]> rows) {
        if (listeners.isEmpty() && !enabled()) {
            return;
        }
        int size = 0;
        for (Object[] r : rows) {
            size += r.length;
        }
        Object[] all = new Object[size];
        int at = 0;
        for (Object[] r : rows) {
            System.arraycopy(r, 0, all, at, r.length);
            at += r.length;
        }
        statement(sql, all);
    }

    /** Shows an executemany statement and its parameter sets. */
    void statementMany(String sql, List<Object[]> parameterSets) {
        if (!listeners.isEmpty()) {
            List<List<Object>> sets = new java.util.ArrayList<>(parameterSets.size());
            for (Object[] p : parameterSets) {
                sets.add(asList(p));
            }
            for (StatementListener l : listeners) {
                l.beforeExecute(sql, sets, true);
            }
        }
        if (enabled()) {
            line(sql);
            line(parametersTextMany(parameterSets));
        }
    }

    /** The parameters as the echo and exception messages show them. */
    String parametersText(Object[] parameters) {
        return hideParameters ? HIDDEN : ParamFormat.tuple(parameters);
    }

    String parametersText(java.util.Map<String, ?> parameters) {
        return hideParameters ? HIDDEN : ParamFormat.dict(parameters);
    }

    String parametersTextMany(List<Object[]> parameterSets) {
        return hideParameters ? HIDDEN : ParamFormat.many(parameterSets);
    }

    /** The parameters as an exception carries them. */
    static List<Object> asList(Object[] parameters) {
        return Collections.unmodifiableList(Arrays.asList(parameters));
    }
}
