package dev.retort.sql.compile;

import dev.retort.exc.BindParameterException;
import dev.retort.exc.CompileException;
import dev.retort.sql.BindParameter;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Delete;
import dev.retort.sql.Insert;
import dev.retort.sql.ResultKeys;
import dev.retort.sql.Table;
import dev.retort.sql.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The INSERT, UPDATE and DELETE part of {@link SqlCompiler}: which columns a statement sets,
 * their values or placeholders, parameters nobody consumes, and RETURNING. It renders into the
 * compiler's own buffer and parameter list (a subquery in an UPDATE's SET correlates to the
 * UPDATE's table through the compiler's FROM stack); the dialect hooks it calls,
 * {@link SqlCompiler#defaultValuesClause} and {@link SqlCompiler#supportsReturning}, stay on the
 * compiler, where dialects override them.
 */
final class DmlCompiler {
    /** The compiler whose buffer, parameters and state this renders into. */
    private final SqlCompiler out;

    DmlCompiler(SqlCompiler compiler) {
        this.out = compiler;
    }


    void insert(Insert ins) {
        Table table = ins.table();
        out.sql.append("INSERT INTO ").append(out.preparer.formatTable(table));
        boolean savedQualify = out.qualifyColumns;
        if (ins.fromSelect() != null) {
            out.sql.append(" (");
            out.qualifyColumns = false;
            out.list(ins.fromSelectColumns(), ", ");
            out.qualifyColumns = savedQualify;
            out.sql.append(") ");
            out.nested(ins.fromSelect());
            returning(ins.returningColumns());
            return;
        }
        Map<Column<?>, ColumnElement<?>> given = ins.values();
        // a parameter named by a bind inside a value expression is consumed by it, as in SQLAlchemy
        checkConsumed(table, ExpressionShapes.namedBinds(List.copyOf(given.values())));
        List<Column<?>> cols = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            boolean keyed = out.columnKeys != null && out.columnKeys.contains(c.name());
            boolean all = out.columnKeys == null && given.isEmpty();
            if (given.containsKey(c) || keyed || all || c.defaultValue() != null) {
                cols.add(c);
            }
        }
        if (cols.isEmpty()) {
            out.sql.append(out.defaultValuesClause(table));
        } else {
            out.sql.append(" (");
            for (int i = 0; i < cols.size(); i++) {
                out.sql.append(i > 0 ? ", " : "").append(out.preparer.quote(cols.get(i).name()));
            }
            out.sql.append(") VALUES (");
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    out.sql.append(", ");
                }
                valueFor(cols.get(i), given.get(cols.get(i)));
            }
            out.sql.append(')');
        }
        returning(ins.returningColumns());
    }

    private void valueFor(Column<?> c, ColumnElement<?> given) {
        if (given != null && !(given instanceof BindParameter && out.columnKeys != null && out.columnKeys.contains(c.name()))) {
            if (ExpressionShapes.precedence(given) < 100) {
                out.sql.append('('); // as SQLAlchemy groups an expression given as a value: SET x=(x + :x_1)
                out.process(given);
                out.sql.append(')');
            } else {
                out.process(given);
            }
        } else if (given instanceof BindParameter) {
            BindParameter<?> b = (BindParameter<?>) given;
            out.placeholder(b.key(), c.type(), b.value(), b.hasValue(), c.defaultValue());
        } else {
            out.placeholder(c.name(), c.type(), null, false, c.defaultValue());
        }
    }


    private void checkConsumed(Table table, Set<String> otherNames) {
        if (out.columnKeys == null) {
            return;
        }
        List<String> unconsumed = new ArrayList<>();
        for (String k : out.columnKeys) {
            if (!table.columns().contains(k) && !otherNames.contains(k)) {
                unconsumed.add(k);
            }
        }
        if (!unconsumed.isEmpty()) {
            throw new BindParameterException("Unconsumed column names " + unconsumed + ": table '" + table.fullName()
                    + "' has columns " + table.columns().keys());
        }
    }

    void update(Update upd) {
        Table table = upd.table();
        Set<String> whereNames = ExpressionShapes.namedBinds(upd.whereClauses());
        Set<String> bindNames = new LinkedHashSet<>(whereNames);
        bindNames.addAll(ExpressionShapes.namedBinds(List.copyOf(upd.values().values())));
        checkConsumed(table, bindNames);
        Map<Column<?>, ColumnElement<?>> set = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            if (upd.values().containsKey(c)) {
                set.put(c, upd.values().get(c));
            } else if (out.columnKeys != null ? out.columnKeys.contains(c.name()) && !whereNames.contains(c.name())
                    : upd.values().isEmpty()) {
                set.put(c, null);
            }
        }
        if (set.isEmpty()) {
            throw new BindParameterException("UPDATE of table '" + table.fullName()
                    + "' sets no column: give values() or parameters named after columns");
        }
        out.sql.append("UPDATE ").append(out.preparer.formatTable(table)).append(" SET ");
        out.fromStack.push(List.of(table)); // subqueries in SET and WHERE correlate to the updated table
        int i = 0;
        for (Map.Entry<Column<?>, ColumnElement<?>> e : set.entrySet()) {
            out.sql.append(i++ > 0 ? ", " : "").append(out.preparer.quote(e.getKey().name())).append('=');
            valueFor(e.getKey(), e.getValue());
        }
        out.whereClause(upd.whereClauses());
        out.fromStack.pop();
        returning(upd.returningColumns());
    }

    void delete(Delete del) {
        out.sql.append("DELETE FROM ").append(out.preparer.formatTable(del.table()));
        out.fromStack.push(List.of(del.table())); // subqueries in WHERE correlate to the table rows are deleted from
        out.whereClause(del.whereClauses());
        out.fromStack.pop();
        returning(del.returningColumns());
    }

    private void returning(List<ColumnElement<?>> cols) {
        if (cols.isEmpty()) {
            return;
        }
        if (!out.supportsReturning()) {
            throw new CompileException("This database does not support RETURNING; read the values back with a SELECT");
        }
        out.sql.append(" RETURNING ");
        List<ResultColumn> rc = new ArrayList<>();
        List<String> keys = ResultKeys.of(cols);
        for (int i = 0; i < cols.size(); i++) {
            ColumnElement<?> c = cols.get(i);
            if (i > 0) {
                out.sql.append(", ");
            }
            String key = keys.get(i);
            out.columnClause(c, key, false);
            rc.add(new ResultColumn(key, c.type(), c));
        }
        if (out.selects.isEmpty()) {
            out.resultColumns = rc;
        }
    }
}
