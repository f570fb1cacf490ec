package dev.retort.it.support;

/**
 * What tests that listen to statements need to know of a multi-row INSERT (PostgreSQL's form of
 * an executemany of 100 rows or more: {@code INSERT ... VALUES (...), (...)}, or {@code INSERT ...
 * SELECT ... FROM (VALUES (...), (...)) ...}), so that they can count it as a batch of its rows.
 */
public final class MultiRowInserts {
    private MultiRowInserts() {}

    /** The rows an INSERT's text lists: more than 1 for a multi-row INSERT, otherwise 1. */
    public static int rows(String sql) {
        return sql.startsWith("INSERT") ? sql.split("\\), \\(", -1).length : 1;
    }
}
