package dev.retort.sql;

/**
 * A statement a connection can execute: {@link Select}, {@link Insert}, {@link Update},
 * {@link Delete}, {@link TextClause} and the DDL statements.
 */
public interface Executable extends ClauseElement {

    /** Whether executing this statement returns rows. */
    boolean returnsRows();
}
