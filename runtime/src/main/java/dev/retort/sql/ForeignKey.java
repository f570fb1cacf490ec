package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.NoReferencedTableException;
import java.util.Objects;

/**
 * One column's reference to a column of another (or the same) table. The target is named
 * {@code "table.column"} and resolved through the table's {@link MetaData} when first needed, so
 * tables may be declared in any order.
 */
public final class ForeignKey {
    private final String target;
    private Column<?> targetColumn;
    private Column<?> parent;
    private ForeignKeyConstraint constraint;
    private ReferentialAction onDelete;
    private ReferentialAction onUpdate;
    private String name;

    /** A reference to {@code "table.column"} or {@code "schema.table.column"}. */
    public ForeignKey(String target) {
        Objects.requireNonNull(target, "target");
        if (target.indexOf('.') <= 0 || target.endsWith(".")) {
            throw new ArgumentException("A foreign key target must be written 'table.column', not '" + target + "'");
        }
        this.target = target;
    }

    /** A reference to a column object. */
    public ForeignKey(Column<?> target) {
        this.targetColumn = Objects.requireNonNull(target, "target").baseColumn();
        this.target = null;
    }

    /** ON DELETE action. */
    public ForeignKey onDelete(ReferentialAction action) {
        this.onDelete = action;
        return this;
    }

    /** ON UPDATE action. */
    public ForeignKey onUpdate(ReferentialAction action) {
        this.onUpdate = action;
        return this;
    }

    /** Names the constraint. */
    public ForeignKey name(String name) {
        this.name = name;
        return this;
    }

    void attach(Column<?> parent) {
        if (this.parent != null) {
            throw new ArgumentException("Foreign key " + this + " is already attached to a column");
        }
        this.parent = parent;
    }

    void constraint(ForeignKeyConstraint constraint) {
        this.constraint = constraint;
    }

    /** The column holding the reference. */
    public Column<?> parent() {
        return parent;
    }

    /** The constraint this key belongs to. */
    public ForeignKeyConstraint constraint() {
        return constraint;
    }

    /** The ON DELETE action, or {@code null} for the database's default. */
    public ReferentialAction onDeleteAction() {
        return onDelete;
    }

    /** The ON UPDATE action, or {@code null} for the database's default. */
    public ReferentialAction onUpdateAction() {
        return onUpdate;
    }

    /** The constraint name given with {@link #name(String)}, or {@code null} to let the database choose. */
    public String constraintName() {
        return name;
    }

    /** The target as written: {@code "users.id"}. */
    public String targetSpec() {
        if (target != null) {
            return target;
        }
        Table t = (Table) targetColumn.table();
        return (t == null ? "?" : t.fullName()) + "." + targetColumn.name();
    }

    /** The name of the referenced table (with schema when given). */
    public String targetTableName() {
        String spec = targetSpec();
        return spec.substring(0, spec.lastIndexOf('.'));
    }

    /** The name of the referenced column. */
    public String targetColumnName() {
        String spec = targetSpec();
        return spec.substring(spec.lastIndexOf('.') + 1);
    }

    /** Whether the target can be found now. */
    public boolean isResolvable() {
        if (targetColumn != null) {
            return true;
        }
        Table t = parentTable();
        if (t == null) {
            return false;
        }
        MetaData md = t.metadata();
        if (md == null) {
            return false;
        }
        Table target = md.findTable(targetTableName());
        return target != null && target.columns().contains(targetColumnName());
    }

    /**
     * The referenced column.
     *
     * @throws NoReferencedTableException when the table's MetaData has no such table or column
     */
    public Column<?> column() {
        if (targetColumn != null) {
            return targetColumn;
        }
        Table t = parentTable();
        MetaData md = t == null ? null : t.metadata();
        if (md == null) {
            throw new NoReferencedTableException("Foreign key " + this + " cannot be resolved: table "
                    + (t == null ? "?" : "'" + t.fullName() + "'")
                    + " belongs to no MetaData; add it to the MetaData that holds '" + targetTableName() + "'");
        }
        Table target = md.findTable(targetTableName());
        if (target == null) {
            throw new NoReferencedTableException("Foreign key on " + describeParent() + " refers to table '"
                    + targetTableName() + "', which is not in the MetaData (it has " + md.tables().keySet()
                    + "); declare that table or fix the name");
        }
        if (!target.columns().contains(targetColumnName())) {
            throw new NoReferencedTableException("Foreign key on " + describeParent() + " refers to column '"
                    + targetColumnName() + "', which table '" + target.fullName() + "' does not have (it has "
                    + target.columns().keys() + ")");
        }
        Column<?> resolved = target.c(targetColumnName());
        targetColumn = resolved;
        return resolved;
    }

    /** The referenced table. */
    public Table targetTable() {
        return (Table) column().table();
    }

    private Table parentTable() {
        return parent != null && parent.table() instanceof Table ? (Table) parent.table() : null;
    }

    private String describeParent() {
        Table t = parentTable();
        return (t == null ? "" : t.fullName() + ".") + (parent == null ? "?" : parent.name());
    }

    @Override
    public String toString() {
        return "ForeignKey('" + targetSpec() + "')";
    }
}
