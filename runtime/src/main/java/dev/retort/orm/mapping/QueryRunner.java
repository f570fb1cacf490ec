package dev.retort.orm.mapping;

import java.util.List;

/**
 * Runs named queries ({@code @Query}); the session implements it. Generated methods such as
 * {@code Address_.byEmail(session, "ed@example.com")} take one.
 */
public interface QueryRunner {

    /**
     * Runs a SELECT named query with its arguments in declaration order: the class's objects for a
     * query selecting all its columns (through the identity map), else rows.
     */
    <R> List<R> list(NamedQuery<R> query, Object... arguments);

    /** Runs an INSERT, UPDATE or DELETE named query; returns the number of rows changed. */
    int update(NamedQuery<?> query, Object... arguments);
}
