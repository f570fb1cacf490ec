package dev.retort.processor.model;

/**
 * One DDL statement and the table it belongs to.
 *
 * @param table the table's full name
 * @param sql the statement
 */
public record DdlStatement(String table, String sql) {}
