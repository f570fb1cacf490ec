package dev.retort.sql;

/** A FROM item with a name its columns are qualified by: a table, an alias, a subquery. */
public interface NamedFromClause extends FromClause {

    /** The name columns are qualified with in SQL. */
    String name();
}
