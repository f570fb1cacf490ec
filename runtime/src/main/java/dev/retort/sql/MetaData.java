package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A collection of tables and the foreign keys between them; SQLAlchemy's {@code MetaData}.
 * Creates and drops its tables in dependency order and loads table definitions from a database.
 *
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table users = metadata.table("users", column("id", INTEGER).primaryKey(), column("name", string(50)));
 * metadata.createAll(engine);        // skips tables that exist
 * metadata.dropAll(engine);          // reverse dependency order
 * Table user = metadata.reflectTable("user", engine);
 * }</pre>
 *
 * Thread-safe.
 */
public final class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** An empty MetaData. */
    public MetaData() {}

    /** A MetaData holding the given tables, in order. */
    public static MetaData of(Table... tables) {
        MetaData md = new MetaData();
        for (Table t : tables) {
            md.add(t);
        }
        return md;
    }

    /** Defines table {@code name} in the default schema and adds it. */
    public Table table(String name, SchemaItem... items) {
        return Table.builder(name).metadata(this).add(items).build();
    }

    /** Defines table {@code name} in {@code schema} and adds it. */
    public Table tableInSchema(String schema, String name, SchemaItem... items) {
        return Table.builder(name).schema(schema).metadata(this).add(items).build();
    }

    /**
     * Adds a table built elsewhere.
     *
     * @throws ArgumentException when another table of the same name is present
     */
    public synchronized void add(Table table) {
        Table existing = tables.get(table.fullName());
        if (existing == table) {
            return;
        }
        if (existing != null) {
            throw new ArgumentException("Table '" + table.fullName() + "' is already defined in this MetaData");
        }
        table.adopt(this);
        tables.put(table.fullName(), table);
    }

    /** Removes a table. */
    public synchronized void remove(Table table) {
        tables.remove(table.fullName(), table);
    }

    /** Removes every table. */
    public synchronized void clear() {
        tables.clear();
    }

    /** The tables by full name ({@code schema.name} or {@code name}), in the order added. */
    public synchronized Map<String, Table> tables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** The table called {@code name}, or {@code null}: without copying the map, as {@link #tables()} does. */
    synchronized Table findTable(String name) {
        return tables.get(name);
    }

    /**
     * The table called {@code name}.
     *
     * @throws InvalidRequestException naming the tables present when there is none
     */
    public synchronized Table getTable(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new InvalidRequestException("No table '" + name + "' in this MetaData; it has " + tables.keySet());
        }
        return t;
    }

    /**
     * The tables ordered so that every table comes after the tables it references (self
     * references aside); tables with no dependency between them keep the order they were added.
     *
     * @throws ArgumentException when foreign keys form a cycle between tables
     */
    public List<Table> sortedTables() {
        List<Table> all = new ArrayList<>(tables().values());
        List<Table> out = new ArrayList<>(all.size());
        Set<Table> done = new LinkedHashSet<>();
        while (out.size() < all.size()) {
            boolean progressed = false;
            for (Table t : all) {
                if (done.contains(t)) {
                    continue;
                }
                boolean ready = true;
                for (Table dep : dependencies(t)) {
                    if (!done.contains(dep)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    done.add(t);
                    out.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                List<String> cycle = new ArrayList<>();
                for (Table t : all) {
                    if (!done.contains(t)) {
                        cycle.add(t.fullName());
                    }
                }
                throw new ArgumentException("The foreign keys of tables " + cycle
                        + " form a cycle, so no creation order exists; remove one of the foreign keys");
            }
        }
        return out;
    }

    private List<Table> dependencies(Table t) {
        List<Table> deps = new ArrayList<>();
        synchronized (this) {
            for (ForeignKeyConstraint fk : t.foreignKeyConstraints()) {
                Table target = tables.get(fk.referredTableName());
                if (target != null && target != t && !deps.contains(target)) {
                    deps.add(target);
                }
            }
        }
        return deps;
    }

    /** CREATE TABLE for every table that does not exist yet, in dependency order. */
    public void createAll(Connectable bind) {
        createAll(bind, true);
    }

    /** CREATE TABLE for every table, in dependency order; {@code checkFirst} skips existing ones. */
    public void createAll(Connectable bind, boolean checkFirst) {
        bind.createTables(sortedTables(), checkFirst);
    }

    /** DROP TABLE for every table that exists, in reverse dependency order. */
    public void dropAll(Connectable bind) {
        dropAll(bind, true);
    }

    /** DROP TABLE for every table, in reverse dependency order; {@code checkFirst} skips missing ones. */
    public void dropAll(Connectable bind, boolean checkFirst) {
        List<Table> reversed = new ArrayList<>(sortedTables());
        Collections.reverse(reversed);
        bind.dropTables(reversed, checkFirst);
    }

    /** Loads the definition of table {@code name} from the database into this MetaData. */
    public Table reflectTable(String name, Connectable bind) {
        return bind.reflectTable(this, null, name);
    }

    /** Loads the definition of table {@code name} in {@code schema}. */
    public Table reflectTable(String schema, String name, Connectable bind) {
        return bind.reflectTable(this, schema, name);
    }

    /** Loads every table of the default schema not yet present; returns the new tables. */
    public List<Table> reflect(Connectable bind) {
        return bind.reflectAll(this, null);
    }

    /** Loads every table of {@code schema} not yet present; returns the new tables. */
    public List<Table> reflect(Connectable bind, String schema) {
        return bind.reflectAll(this, schema);
    }

    @Override
    public String toString() {
        return "MetaData(" + tables().keySet() + ")";
    }
}
