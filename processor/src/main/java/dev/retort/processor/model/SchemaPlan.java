package dev.retort.processor.model;

import java.util.List;

/**
 * Everything about one declarative base, ready to be written.
 *
 * @param base the base type
 * @param entities its entities, sorted by qualified name
 * @param associations the association tables no entity maps, sorted by name
 * @param creationOrder every table in dependency order: referenced tables first
 * @param declarations the qualified names of every class that declared an entity of this base
 *     (including ones dropped as duplicates), to tell whether the base is free of errors
 */
public record SchemaPlan(BaseModel base, List<EntityPlan> entities, List<AssociationModel> associations,
        List<TableRef> creationOrder, List<String> declarations) {

    /**
     * One table of the base: an entity's or an association table.
     *
     * @param entity the entity, or {@code null}
     * @param association the association table, or {@code null}
     */
    public record TableRef(EntityPlan entity, AssociationModel association) {

        public String fullName() {
            return entity != null ? entity.entity().tableFullName() : association.fullName();
        }
    }

    public SchemaPlan withEntities(List<EntityPlan> replaced) {
        List<TableRef> order = creationOrder.stream().map(t -> {
            if (t.entity() == null) {
                return t;
            }
            for (EntityPlan p : replaced) {
                if (p.entity().key().equals(t.entity().entity().key())) {
                    return new TableRef(p, null);
                }
            }
            return t;
        }).toList();
        return new SchemaPlan(base, replaced, associations, order, declarations);
    }
}
