package dev.retort.sql.compile;

import dev.retort.exc.BindParameterException;
import dev.retort.sql.BindParameter;
import dev.retort.sql.ClauseElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A statement rendered for one dialect: the SQL text, its placeholders in order, and the columns
 * of its result. Immutable; engines may cache it and execute it many times with different
 * parameters.
 */
public final class Compiled {
    private final ClauseElement statement;
    private final String sql;
    private final List<CompiledParameter> parameters;
    private final List<ResultColumn> resultColumns;
    private final Set<String> names;
    private final boolean strictNames;
    /** Per placeholder, the bind parameter it was rendered from, or {@code null}; {@code null} when not known. */
    private final List<BindParameter<?>> sources;

    /**
     * Normally created by {@link SqlCompiler#compile} or {@link DdlCompiler#compile}, not by hand.
     *
     * @param statement the statement or expression the SQL was rendered from
     * @param sql the rendered SQL text
     * @param parameters the placeholders in order of appearance (copied)
     * @param resultColumns the columns of the result, empty for statements that return no rows (copied)
     * @param strictNames whether {@link #bind} rejects a non-empty parameter map that names parameters
     *     the statement does not have
     */
    public Compiled(ClauseElement statement, String sql, List<CompiledParameter> parameters,
            List<ResultColumn> resultColumns, boolean strictNames) {
        this(statement, sql, parameters, resultColumns, strictNames, null);
    }

    Compiled(ClauseElement statement, String sql, List<CompiledParameter> parameters,
            List<ResultColumn> resultColumns, boolean strictNames, List<BindParameter<?>> sources) {
        this.sources = sources == null ? null : Collections.unmodifiableList(new ArrayList<>(sources));
        this.statement = statement;
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.resultColumns = List.copyOf(resultColumns);
        Set<String> n = new LinkedHashSet<>();
        for (CompiledParameter p : parameters) {
            n.add(p.name());
        }
        this.names = Collections.unmodifiableSet(n);
        this.strictNames = strictNames;
    }

    /** A cached compilation seen from another statement of the same structure: its own statement and result columns. */
    Compiled(Compiled cached, ClauseElement statement, List<ResultColumn> resultColumns) {
        this.statement = statement;
        this.sql = cached.sql;
        this.parameters = cached.parameters;
        this.resultColumns = List.copyOf(resultColumns);
        this.names = cached.names;
        this.strictNames = cached.strictNames;
        this.sources = cached.sources;
    }

    /** Per placeholder, the bind parameter it was rendered from ({@code null} for others); {@code null} when unknown. */
    List<BindParameter<?>> sources() {
        return sources;
    }

    /** The statement this was compiled from. */
    public ClauseElement statement() {
        return statement;
    }

    /** The SQL text. */
    public String sql() {
        return sql;
    }

    /** The placeholders, in order of appearance. */
    public List<CompiledParameter> parameters() {
        return parameters;
    }

    /** The distinct parameter names, in order of first appearance. */
    public Set<String> parameterNames() {
        return names;
    }

    /** The values given when the statement was built, by parameter name, sorted by name. */
    public Map<String, Object> params() {
        Map<String, Object> m = new TreeMap<>();
        for (CompiledParameter p : parameters) {
            if (p.hasValue()) {
                m.put(p.name(), p.value());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The result columns, for statements that return rows. */
    public List<ResultColumn> resultColumns() {
        return resultColumns;
    }

    /**
     * The values to bind, in placeholder order: from {@code given} where it names the parameter
     * (checked against the parameter's type), else the value the statement was built with, else
     * the column's client-side default.
     *
     * @throws BindParameterException when a value is missing, or {@code given} names a parameter
     *     the statement does not have
     */
    public Object[] bind(Map<String, ?> given) {
        return bind(given, null);
    }

    /**
     * As {@link #bind(Map)}, with {@code built[i]} in place of the value placeholder {@code i} was
     * built with: the values of another statement of the same structure, from {@link CompiledCache}.
     *
     * @param built values by placeholder, or {@code null} for this statement's own
     */
    public Object[] bind(Map<String, ?> given, Object[] built) {
        if (strictNames && !given.isEmpty() && !names.containsAll(given.keySet())) {
            List<String> unknown = new ArrayList<>();
            for (String k : given.keySet()) {
                if (!names.contains(k)) {
                    unknown.add(k);
                }
            }
            throw new BindParameterException("Parameter(s) " + unknown + " are not used by this statement; its parameters are "
                    + names + "\n[SQL: " + sql + "]");
        }
        Object[] out = new Object[parameters.size()];
        for (int i = 0; i < out.length; i++) {
            CompiledParameter p = parameters.get(i);
            Object v;
            if (given.containsKey(p.name())) {
                v = p.type().coerce(given.get(p.name()), "parameter '" + p.name() + "'");
            } else if (p.hasValue()) {
                v = built == null ? p.value() : built[i];
            } else if (p.defaultValue() != null) {
                v = p.type().coerce(p.defaultValue().get(), "the default of parameter '" + p.name() + "'");
            } else {
                throw new BindParameterException("A value is required for bind parameter '" + p.name()
                        + "'; pass it in the parameters map" + "\n[SQL: " + sql + "]");
            }
            out[i] = v;
        }
        return out;
    }

    /** Whether every placeholder already has a value (or default), so the statement runs without parameters. */
    public boolean isComplete() {
        for (CompiledParameter p : parameters) {
            if (!p.hasValue() && p.defaultValue() == null) {
                return false;
            }
        }
        return true;
    }

    /** Names of parameters that need a value at execution. */
    public Collection<String> requiredNames() {
        Set<String> r = new LinkedHashSet<>();
        for (CompiledParameter p : parameters) {
            if (!p.hasValue() && p.defaultValue() == null) {
                r.add(p.name());
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return sql;
    }
}
