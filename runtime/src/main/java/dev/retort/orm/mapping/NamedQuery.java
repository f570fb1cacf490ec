package dev.retort.orm.mapping;

import dev.retort.engine.Row;
import dev.retort.sql.BindParameter;
import dev.retort.sql.SqlType;
import dev.retort.sql.TextClause;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@code @Query} as generated code describes it: its SQL (checked at compile time against the
 * declared schema), its parameters with their SQL types, and what it returns.
 *
 * @param <R> what each result element is: the entity class, {@link Row}, or {@code Integer} for DML
 */
public final class NamedQuery<R> {

    /** What a named query returns. */
    public enum Kind {
        /** Objects of the mapped class: the query selects all of its columns. */
        ENTITIES,
        /** Rows: any other SELECT. */
        ROWS,
        /** A row count: INSERT, UPDATE, DELETE. */
        UPDATE
    }

    /** A {@code :name} parameter and the SQL type its value is bound as. */
    public record Param(String name, SqlType<?> type) {}

    private final String name;
    private final String sql;
    private final Kind kind;
    private final Supplier<? extends EntityMapper<?>> mapper;
    private final List<Param> parameters;
    private final int[] columnOrder;
    private final TextClause statement;

    private NamedQuery(String name, String sql, Kind kind, Supplier<? extends EntityMapper<?>> mapper,
            List<Param> parameters, int[] columnOrder) {
        this.name = Objects.requireNonNull(name, "name");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.kind = kind;
        this.mapper = mapper;
        this.parameters = List.copyOf(parameters);
        this.columnOrder = columnOrder == null ? null : columnOrder.clone();
        TextClause t = TextClause.of(sql);
        BindParameter<?>[] typed = new BindParameter<?>[this.parameters.size()];
        for (int i = 0; i < typed.length; i++) {
            typed[i] = BindParameter.required(this.parameters.get(i).name(), this.parameters.get(i).type());
        }
        this.statement = t.bindParams(typed);
    }

    /**
     * A query returning objects of a mapped class.
     *
     * @param columnOrder for each column of the result, the entity column (mapper index) it holds
     */
    public static <E> NamedQuery<E> entities(String name, String sql, Supplier<EntityMapper<E>> mapper,
            List<Param> parameters, int[] columnOrder) {
        return new NamedQuery<>(name, sql, Kind.ENTITIES, Objects.requireNonNull(mapper), parameters, columnOrder);
    }

    /** A query returning rows. */
    public static NamedQuery<Row> rows(String name, String sql, List<Param> parameters) {
        return new NamedQuery<>(name, sql, Kind.ROWS, null, parameters, null);
    }

    /** An INSERT, UPDATE or DELETE. */
    public static NamedQuery<Integer> update(String name, String sql, List<Param> parameters) {
        return new NamedQuery<>(name, sql, Kind.UPDATE, null, parameters, null);
    }

    /** The query's name, as declared by its {@code @Query} method. */
    public String name() {
        return name;
    }

    /** The SQL text, with {@code :name} parameters. */
    public String sql() {
        return sql;
    }

    /** What the query returns: objects, rows or a row count. */
    public Kind kind() {
        return kind;
    }

    /** The mapper of the returned class, for {@link Kind#ENTITIES}; else {@code null}. */
    public EntityMapper<?> mapper() {
        return mapper == null ? null : mapper.get();
    }

    /** The parameters, in the order generated methods take their arguments. */
    public List<Param> parameters() {
        return parameters;
    }

    /** For {@link Kind#ENTITIES}: the entity column each result column holds. */
    public int[] columnOrder() {
        return columnOrder == null ? null : columnOrder.clone();
    }

    /** The SQL as a statement with typed parameters. */
    public TextClause statement() {
        return statement;
    }

    @Override
    public String toString() {
        return "NamedQuery(" + name + ": " + sql + ")";
    }
}
