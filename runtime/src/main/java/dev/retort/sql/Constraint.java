package dev.retort.sql;

/** A table constraint: primary key, unique, check or foreign key. */
public abstract class Constraint implements SchemaItem {
    private final String name;
    private Table table;

    /** A constraint called {@code name}, or {@code null} to let the database choose. */
    protected Constraint(String name) {
        this.name = name;
    }

    /** The constraint's name, or {@code null} to let the database choose. */
    public String name() {
        return name;
    }

    /** The table it belongs to. */
    public Table table() {
        return table;
    }

    void attach(Table table) {
        this.table = table;
    }
}
