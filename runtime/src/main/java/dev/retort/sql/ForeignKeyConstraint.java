package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.NoReferencedTableException;
import java.util.ArrayList;
import java.util.List;

/**
 * A FOREIGN KEY constraint over one or more columns. A column's {@code foreignKey("users.id")}
 * makes a single-column one; composite keys are declared at table level:
 * {@code foreignKeyConstraint(List.of("a", "b"), List.of("other.a", "other.b"))}.
 */
public final class ForeignKeyConstraint extends Constraint {
    private final List<String> columnNames;
    private final List<String> targets;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;
    private List<ForeignKey> elements = List.of();

    /**
     * A FOREIGN KEY from {@code columnNames} of the table to {@code targets}, each written
     * {@code "table.column"}, paired in order. {@code name} and either action may be {@code null}: an
     * unnamed constraint, the database's default action.
     *
     * @throws ArgumentException when there are no columns, or not as many targets as columns
     */
    public ForeignKeyConstraint(String name, List<String> columnNames, List<String> targets,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        super(name);
        if (columnNames.isEmpty() || columnNames.size() != targets.size()) {
            throw new ArgumentException("A foreign key constraint needs as many target columns as columns: "
                    + columnNames + " -> " + targets);
        }
        this.columnNames = List.copyOf(columnNames);
        this.targets = List.copyOf(targets);
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }

    /** Wraps a column-level foreign key. */
    static ForeignKeyConstraint of(ForeignKey fk) {
        ForeignKeyConstraint c = new ForeignKeyConstraint(fk.constraintName(), List.of(fk.parent().name()),
                List.of(fk.targetSpec()), fk.onDeleteAction(), fk.onUpdateAction());
        c.elements = List.of(fk);
        fk.constraint(c);
        return c;
    }

    /** Creates the per-column foreign keys of a table-level constraint. */
    void bind(Table table) {
        if (!elements.isEmpty()) {
            return;
        }
        List<ForeignKey> list = new ArrayList<>();
        for (int i = 0; i < columnNames.size(); i++) {
            ForeignKey fk = new ForeignKey(targets.get(i)).onDelete(onDelete).onUpdate(onUpdate).name(name());
            Column<?> col = table.c(columnNames.get(i));
            fk.attach(col);
            fk.constraint(this);
            col.addForeignKey(fk);
            list.add(fk);
        }
        elements = List.copyOf(list);
    }

    /** The per-column references, in column order. */
    public List<ForeignKey> elements() {
        return elements;
    }

    /** The referencing columns. */
    public List<Column<?>> columns() {
        List<Column<?>> cols = new ArrayList<>(elements.size());
        for (ForeignKey fk : elements) {
            cols.add(fk.parent());
        }
        return cols;
    }

    /** The referencing column names. */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * The referenced table.
     *
     * @throws NoReferencedTableException when the constraint is not part of a table yet, or the
     *     table's MetaData has no such table
     */
    public Table referredTable() {
        if (elements.isEmpty()) {
            throw new NoReferencedTableException("Foreign key constraint " + columnNames + " -> " + targets
                    + " is not part of a table yet; pass it to a table definition first");
        }
        return elements.get(0).targetTable();
    }

    /** The name of the referenced table, without resolving it. */
    public String referredTableName() {
        String spec = targets.get(0);
        return spec.substring(0, spec.lastIndexOf('.'));
    }

    /** The ON DELETE action, or {@code null} for the database's default. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** The ON UPDATE action, or {@code null} for the database's default. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    @Override
    public String toString() {
        return "ForeignKeyConstraint(" + columnNames + ", " + targets + ")";
    }
}
