package dev.retort.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An entity ready to be written: its declaration plus what validation worked out.
 *
 * @param entity the declaration
 * @param autoincrementIndex the column whose value the database generates, or -1
 * @param versionIndex the version counter column, or -1
 * @param defaults per column, the normalized {@code defaultValue} literal, or {@code null}
 * @param indexColumns per entry of {@link EntityModel#indexes()}, its column names
 * @param relations the relationships (fields first, then mirrors declared by backrefs elsewhere)
 * @param queries the verified named queries
 */
public record EntityPlan(EntityModel entity, int autoincrementIndex, int versionIndex, List<String> defaults,
        List<List<String>> indexColumns, List<RelationModel> relations, List<VerifiedQuery> queries) {

    public EntityPlan {
        defaults = Collections.unmodifiableList(new ArrayList<>(defaults));
        indexColumns = List.copyOf(indexColumns);
        relations = List.copyOf(relations);
        queries = List.copyOf(queries);
    }

    public EntityPlan withQueries(List<VerifiedQuery> verified) {
        return new EntityPlan(entity, autoincrementIndex, versionIndex, defaults, indexColumns, relations, verified);
    }
}
