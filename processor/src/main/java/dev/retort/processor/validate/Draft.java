package dev.retort.processor.validate;

import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.RelationshipModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A relationship being worked out by {@link RelationResolver}: mutable until it is written as a model. */
final class Draft {
    EntityModel owner;
    EntityModel target;
    RelationshipModel decl;
    String name;
    Relation.Kind kind;
    List<String> local = List.of();
    List<String> remote = List.of();
    String secondary;
    List<String> toOwner = List.of();
    List<String> toTarget = List.of();
    String backPopulates;
    List<Relation.Ordering> orderBy = List.of();
    LoadStrategy lazy = LoadStrategy.SELECT;
    Set<CascadeOption> cascade = EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE);
    Relation.CollectionType collectionType;
    boolean ok;
}
