package dev.retort.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A named query after it was prepared against the schema at compile time.
 *
 * @param query the declaration
 * @param jdbcSql the SQL with {@code ?} placeholders, as it was prepared
 * @param text the SQL for {@code TextClause}: the declaration with colons that are not parameters
 *     (in literals and comments) escaped as {@code \:}
 * @param parameters the method parameters, in order of first appearance
 * @param placeholders for each {@code ?}, the index of its parameter
 * @param result what executing it returns
 * @param columnOrder for {@link Result#ENTITIES}: for each result column, the entity column it holds
 */
public record VerifiedQuery(QueryModel query, String jdbcSql, String text, List<Parameter> parameters,
        List<Integer> placeholders, Result result, List<Integer> columnOrder) {

    public VerifiedQuery {
        parameters = List.copyOf(parameters);
        placeholders = List.copyOf(placeholders);
        columnOrder = List.copyOf(columnOrder);
    }

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
     * A parameter: its Java type and SQL type, taken from the column it is compared with when that
     * can be seen, else from the type the database infers.
     *
     * @param name the {@code :name}
     * @param javaType the generated method's parameter type
     * @param type the SQL type values are bound as
     * @param ownAttribute the attribute of the query's own entity whose column it is compared with
     *     (its type is then the attribute's, converters and enums included), or {@code null}
     */
    public record Parameter(String name, TypeName javaType, SqlTypeModel type, String ownAttribute) {}
}
