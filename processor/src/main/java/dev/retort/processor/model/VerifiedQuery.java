package dev.retort.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A named query after it was prepared against the schema at compile time.
 *
 * @param query the declaration
 * @param jdbcSql the SQL with {@code ?} placeholders
 * @param parameters the method parameters, in order of first appearance
 * @param placeholders for each {@code ?}, the index of its parameter
 * @param result what executing it returns
 * @param columns for {@link Result#ROWS}: the result columns
 */
public record VerifiedQuery(QueryModel query, String jdbcSql, List<Parameter> parameters, List<Integer> placeholders,
        Result result, List<Parameter> columns) {

    /** What a query returns. */
    public enum Result {
        /** Objects of the entity: the SELECT returns all its columns. */
        ENTITIES,
        /** Rows: any other SELECT. */
        ROWS,
        /** The number of rows changed: INSERT, UPDATE, DELETE. */
        UPDATE_COUNT
    }

    /**
     * A named, typed value.
     *
     * @param name the parameter or column name
     * @param type its Java type
     */
    public record Parameter(String name, TypeName type) {}
}
