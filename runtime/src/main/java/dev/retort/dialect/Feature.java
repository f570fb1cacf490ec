package dev.retort.dialect;

/**
 * What a database can do, declared by its dialect. The engine and ORM choose strategies from these
 * flags (how to get generated keys back, whether to batch) and tests skip what a dialect lacks.
 */
public enum Feature {
    /** {@code INSERT ... RETURNING} works. */
    INSERT_RETURNING,
    /** {@code UPDATE/DELETE ... RETURNING} work. */
    UPDATE_RETURNING,
    /** {@code getGeneratedKeys()} after a single-row INSERT returns the key. */
    GENERATED_KEYS,
    /** {@code getGeneratedKeys()} after {@code executeBatch()} returns every row's key, in order. */
    BATCH_GENERATED_KEYS,
    /**
     * Identity columns number rows with values that rise (or fall) with every row inserted, from
     * any connection, and never hand out a value twice: rows inserted in turn by one connection get
     * keys in that order. With {@link #SAVEPOINTS} and without {@link #BATCH_GENERATED_KEYS}, this
     * lets new rows go in batches whose keys are proven by the keys of their first and last rows
     * (see {@code docs/design/generated-keys.md}).
     */
    MONOTONIC_IDENTITY,
    /**
     * Many rows go into one INSERT: {@code INSERT INTO t (...) VALUES (...), (...)}, and, to return
     * generated keys, {@code INSERT INTO t (...) SELECT ... FROM (VALUES ..., n) ORDER BY n
     * RETURNING key}, whose identity or sequence values are drawn in the order of {@code n}, so the
     * keys, in ascending order, are the rows' keys in parameter order (SQLAlchemy's
     * "insertmanyvalues" with a server-generated sentinel). The dialect's
     * {@link dev.retort.sql.compile.SqlCompiler#insertManyValues} renders them. An executemany of
     * 100 rows or more of a plain INSERT goes in this way; one that returns generated keys needs
     * {@link #SAVEPOINTS} too (see {@code docs/design/generated-keys.md}).
     */
    INSERT_MANY_VALUES,
    /** {@code CREATE SEQUENCE} and fetching the next value work. */
    SEQUENCES,
    /** Savepoints ({@code Connection.setSavepoint}) work. */
    SAVEPOINTS,
    /** DDL runs inside transactions and rolls back with them. */
    TRANSACTIONAL_DDL,
    /** A native BOOLEAN type. */
    NATIVE_BOOLEAN,
    /** A native UUID type. */
    NATIVE_UUID,
    /** TIMESTAMP WITH TIME ZONE keeps the instant (and, where noted, the offset). */
    NATIVE_TIMESTAMP_TZ,
    /** A native ILIKE operator. */
    ILIKE,
    /** {@code NULLS FIRST} / {@code NULLS LAST} in ORDER BY. */
    NULLS_ORDERING,
    /** {@code SELECT ... FOR UPDATE}. */
    FOR_UPDATE,
    /** {@code DROP TABLE IF EXISTS}. */
    DROP_IF_EXISTS,
    /** Foreign keys are enforced. */
    FOREIGN_KEYS,
    /** {@code ALTER TABLE ... ADD CONSTRAINT}. */
    ALTER_ADD_CONSTRAINT,
    /** {@code INSERT INTO t VALUES (...), (...)}. */
    MULTI_ROW_INSERT,
    /** Several connections can work on an in-memory database at once. */
    SHARED_MEMORY_DATABASE
}
