package dev.retort.sql;

import java.util.List;

/**
 * What schema operations need from something that can reach a database: an engine or a
 * connection. {@link MetaData#createAll} and {@link Table#create} call it; the engine layer
 * implements it. The SQL layer knows nothing else about engines.
 */
public interface Connectable {

    /** Creates the tables, in the given order, skipping existing ones when {@code checkFirst}. */
    void createTables(List<Table> tables, boolean checkFirst);

    /** Drops the tables, in the given order, skipping missing ones when {@code checkFirst}. */
    void dropTables(List<Table> tables, boolean checkFirst);

    /** Loads the definition of table {@code name} (in {@code schema}, or the default) into {@code metadata}. */
    Table reflectTable(MetaData metadata, String schema, String name);

    /** Loads every table of {@code schema} (or the default) not yet in {@code metadata}; returns them. */
    List<Table> reflectAll(MetaData metadata, String schema);
}
