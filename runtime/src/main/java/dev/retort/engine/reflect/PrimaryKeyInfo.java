package dev.retort.engine.reflect;

import java.util.List;

/**
 * The primary key of a table; {@link Inspector#getPrimaryKey(String)}.
 *
 * @param name the constraint name as the database reports it (normalized), possibly one the
 *     database made up ({@code SQL0000000081-...} on Derby, {@code CONSTRAINT_3} on H2); {@code null}
 *     when the database names none (SQLite) or the table has no primary key
 * @param columns the key's columns in key order ({@code KEY_SEQ}); empty when there is no primary key
 */
public record PrimaryKeyInfo(String name, List<String> columns) {

    /** Copies the column list. */
    public PrimaryKeyInfo {
        columns = List.copyOf(columns);
    }
}
