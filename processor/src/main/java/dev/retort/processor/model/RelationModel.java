package dev.retort.processor.model;

import com.palantir.javapoet.ClassName;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import java.util.List;
import java.util.Set;

/**
 * A relationship as the generated code describes it ({@code Relation.builder(...)}), after its
 * direction and join columns were worked out from the foreign keys.
 *
 * @param name the attribute name
 * @param index position in the owner's relations
 * @param kind the shape
 * @param target the related class
 * @param local the owner's join columns
 * @param remote the target's join columns
 * @param secondary the association table's full name, or {@code null}
 * @param secondaryToOwner the association columns referencing the owner
 * @param secondaryToTarget the association columns referencing the target
 * @param backPopulates the mirror's name, or {@code null}
 * @param orderBy the collection's ordering
 * @param lazy the loading strategy
 * @param cascade the cascades
 * @param collectionType LIST or SET for collections, {@code null} for references
 * @param declared the field, or {@code null} for the mirror side of a backref (no field)
 */
public record RelationModel(String name, int index, Relation.Kind kind, ClassName target, List<String> local,
        List<String> remote, String secondary, List<String> secondaryToOwner,
        List<String> secondaryToTarget, String backPopulates, List<Relation.Ordering> orderBy, LoadStrategy lazy,
        Set<CascadeOption> cascade, Relation.CollectionType collectionType, RelationshipModel declared) {

    /** Whether the owner has a field for it. */
    public boolean hasField() {
        return declared != null;
    }
}
