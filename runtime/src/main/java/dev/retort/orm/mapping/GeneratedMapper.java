package dev.retort.orm.mapping;

import dev.retort.sql.Table;
import java.util.List;

/**
 * The part of an {@link EntityMapper} that is the same for every mapped class: the facts about
 * it, held in fields. Generated mappers ({@code User_.Mapper}) extend it, pass the facts to the
 * constructor and write only the straight-line code that moves state between objects and rows.
 * The accessors are final field reads, as cheap as the constant-returning methods they replace.
 *
 * @param <E> the mapped class
 */
public abstract class GeneratedMapper<E> implements EntityMapper<E> {
    private final Class<E> entityType;
    private final String entityName;
    private final Table table;
    private final List<Attribute<E, ?>> attributes;
    private final List<Relation<E, ?>> relations;
    private final int[] primaryKeyIndexes;
    private final int autoincrementIndex;
    private final int versionIndex;
    private final boolean immutable;

    /**
     * Holds the facts about one mapped class.
     *
     * @param entityType the mapped class
     * @param entityName its simple name ({@link #entityName()})
     * @param table its table
     * @param attributes the column attributes, in table column order
     * @param relations the relationships, in declaration order
     * @param primaryKeyIndexes the indexes of the primary key columns (copied)
     * @param autoincrementIndex the column the database generates, or -1
     * @param versionIndex the version counter column, or -1
     * @param immutable whether objects are immutable (records)
     */
    protected GeneratedMapper(Class<E> entityType, String entityName, Table table, List<Attribute<E, ?>> attributes,
            List<Relation<E, ?>> relations, int[] primaryKeyIndexes, int autoincrementIndex, int versionIndex,
            boolean immutable) {
        this.entityType = entityType;
        this.entityName = entityName;
        this.table = table;
        this.attributes = List.copyOf(attributes);
        this.relations = List.copyOf(relations);
        this.primaryKeyIndexes = primaryKeyIndexes.clone();
        this.autoincrementIndex = autoincrementIndex;
        this.versionIndex = versionIndex;
        this.immutable = immutable;
    }

    @Override
    public final Class<E> entityType() {
        return entityType;
    }

    @Override
    public final String entityName() {
        return entityName;
    }

    @Override
    public final Table table() {
        return table;
    }

    @Override
    public final List<Attribute<E, ?>> attributes() {
        return attributes;
    }

    @Override
    public final List<Relation<E, ?>> relations() {
        return relations;
    }

    /** {@inheritDoc} A new array on each call, as callers may keep it. */
    @Override
    public final int[] primaryKeyIndexes() {
        return primaryKeyIndexes.clone();
    }

    @Override
    public final int autoincrementIndex() {
        return autoincrementIndex;
    }

    @Override
    public final int versionIndex() {
        return versionIndex;
    }

    @Override
    public final boolean isImmutable() {
        return immutable;
    }
}
