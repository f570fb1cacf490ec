package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An INSERT statement. Immutable.
 *
 * <pre>{@code
 * users.insert()                                            // INSERT INTO users (id, name, fullname) VALUES (:id, :name, :fullname)
 * users.insert().values(Map.of("name", "jack", "fullname", "Jack Jones"))
 *                                                           // INSERT INTO users (name, fullname) VALUES (:name, :fullname)
 * conn.execute(users.insert(), List.of(Map.of(...), Map.of(...)));   // executemany
 * users.insert().fromSelect(List.of("name"), select(other.c("name")))
 * }</pre>
 *
 * Without values, executing the statement with parameters inserts exactly the columns named by
 * the parameters (plus columns with client-side defaults).
 */
public final class Insert implements Executable {
    private final Table table;
    private final Map<Column<?>, ColumnElement<?>> values;
    private final List<Column<?>> fromSelectColumns;
    private final Select fromSelect;
    private final List<ColumnElement<?>> returning;

    Insert(Table table) {
        this(table, Map.of(), List.of(), null, List.of());
    }

    private Insert(Table table, Map<Column<?>, ColumnElement<?>> values, List<Column<?>> fromSelectColumns,
            Select fromSelect, List<ColumnElement<?>> returning) {
        this.table = table;
        this.values = values;
        this.fromSelectColumns = fromSelectColumns;
        this.fromSelect = fromSelect;
        this.returning = returning;
    }

    /**
     * Sets values by column name; a value may be a plain value (sent as a bound parameter named
     * after the column, checked against the column's type) or a SQL expression.
     *
     * @throws dev.retort.exc.NoSuchColumnException for a name the table does not have
     */
    public Insert values(Map<String, ?> values) {
        if (fromSelect != null) {
            throw new ArgumentException("This INSERT already takes its rows from a SELECT");
        }
        return new Insert(table, Collections.unmodifiableMap(DmlValues.merge(table, this.values, values)),
                fromSelectColumns, null, returning);
    }

    /** Sets one value. */
    public Insert value(String column, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(column, value);
        return values(m);
    }

    /** {@code INSERT INTO table (columns) SELECT ...}. */
    public Insert fromSelect(List<String> columnNames, Select select) {
        if (!values.isEmpty()) {
            throw new ArgumentException("This INSERT already has VALUES");
        }
        if (columnNames.size() != select.selectedColumns().size()) {
            throw new ArgumentException("INSERT ... SELECT names " + columnNames.size() + " columns but the SELECT has "
                    + select.selectedColumns().size());
        }
        List<Column<?>> cols = new ArrayList<>();
        for (String n : columnNames) {
            cols.add(table.c(n));
        }
        return new Insert(table, values, List.copyOf(cols), Objects.requireNonNull(select), returning);
    }

    /** {@code RETURNING ...}, on databases that support it. */
    public Insert returning(ColumnElement<?>... columns) {
        List<ColumnElement<?>> r = new ArrayList<>(returning);
        r.addAll(List.of(columns));
        return new Insert(table, values, fromSelectColumns, fromSelect, List.copyOf(r));
    }

    /** The table rows are inserted into. */
    public Table table() {
        return table;
    }

    /** The given values, in table column order. */
    public Map<Column<?>, ColumnElement<?>> values() {
        return values;
    }

    /** The SELECT giving the rows of an {@code INSERT ... SELECT}, or {@code null}. */
    public Select fromSelect() {
        return fromSelect;
    }

    /** The target columns of an {@code INSERT ... SELECT}, in the order given; empty otherwise. */
    public List<Column<?>> fromSelectColumns() {
        return fromSelectColumns;
    }

    /** The RETURNING expressions; empty when none were asked for. */
    public List<ColumnElement<?>> returningColumns() {
        return returning;
    }

    @Override
    public boolean returnsRows() {
        return !returning.isEmpty();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitInsert(this);
    }

    @Override
    public String toString() {
        return compile().sql();
    }
}
