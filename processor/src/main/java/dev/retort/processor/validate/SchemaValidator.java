package dev.retort.processor.validate;

import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.BaseModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.RelationModel;
import dev.retort.processor.model.SchemaPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cross-entity checks of each declarative base, turning parsed entities into
 * {@link SchemaPlan}s: per-entity facts, duplicate tables, foreign keys, relationships, and the
 * order tables are created in. Everything is iterated in sorted order, so the plan does not depend
 * on the order javac handed over the sources.
 */
public final class SchemaValidator {
    private final Diagnostics diag;

    public SchemaValidator(Diagnostics diag) {
        this.diag = diag;
    }

    /** One plan per base, sorted by the base's name. */
    public List<SchemaPlan> validate(List<BaseModel> bases, List<EntityModel> entities) {
        List<EntityModel> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(EntityModel::key).thenComparing(e -> e.site().type()));
        Map<String, EntityModel> byKey = new LinkedHashMap<>();
        for (EntityModel e : sorted) {
            EntityModel first = byKey.putIfAbsent(e.key(), e);
            if (first != null) {
                diag.error(e.classical() ? e.site().annotation("Table").attribute("maps") : e.site(),
                        Message.MAPPED_TWICE, e.displayName(), EntityChecks.simple(first.site().type()),
                        EntityChecks.simple(e.site().type()));
            }
        }
        Map<String, BaseModel> baseByName = new TreeMap<>();
        for (BaseModel b : bases) {
            baseByName.putIfAbsent(b.type().canonicalName(), b);
        }
        Map<String, List<EntityModel>> byBase = new TreeMap<>();
        for (String b : baseByName.keySet()) {
            byBase.put(b, new ArrayList<>());
        }
        for (EntityModel e : byKey.values()) {
            if (e.base() != null && byBase.containsKey(e.base().canonicalName())) {
                byBase.get(e.base().canonicalName()).add(e);
            }
        }
        List<SchemaPlan> plans = new ArrayList<>();
        for (Map.Entry<String, List<EntityModel>> entry : byBase.entrySet()) {
            plans.add(validateBase(baseByName.get(entry.getKey()), entry.getValue()));
        }
        return plans;
    }

    private SchemaPlan validateBase(BaseModel base, List<EntityModel> entities) {
        Set<String> broken = new LinkedHashSet<>();
        for (EntityModel e : entities) {
            if (diag.hasErrors(e.site().type())) {
                broken.add(e.key());
            }
        }
        EntityChecks checks = new EntityChecks(diag);
        Map<String, EntityChecks.Facts> facts = new LinkedHashMap<>();
        for (EntityModel e : entities) {
            facts.put(e.key(), checks.check(e));
        }
        Map<String, EntityModel> byTable = new TreeMap<>();
        for (EntityModel e : entities) {
            EntityModel first = byTable.putIfAbsent(e.tableFullName(), e);
            if (first != null) {
                diag.error(e.site().annotation("Table").attribute("name"), Message.DUPLICATE_TABLE, e.tableFullName(),
                        first.displayName(), e.displayName(), base.type().simpleName());
            }
        }
        ForeignKeyChecks fks = new ForeignKeyChecks(diag, base, byTable, broken);
        for (EntityModel e : entities) {
            fks.check(e);
        }
        RelationResolver relations = new RelationResolver(diag, base, entities, broken);
        Map<String, List<RelationModel>> resolved = relations.resolve();
        List<EntityPlan> plans = new ArrayList<>();
        for (EntityModel e : entities) {
            EntityChecks.Facts f = facts.get(e.key());
            plans.add(new EntityPlan(e, f.autoincrementIndex(), f.versionIndex(), f.defaults(), f.indexColumns(),
                    resolved.get(e.key()), List.of()));
        }
        List<AssociationModel> associations = relations.associations();
        return new SchemaPlan(base, plans, associations, fks.creationOrder(plans, associations));
    }

    /**
     * The entities of {@code plan} for which no code may be written: those in error, and every
     * entity linked to one by a relationship (its generated code would name the missing class).
     */
    public static Set<String> entitiesToSkip(SchemaPlan plan, Diagnostics diag) {
        Set<String> skip = new LinkedHashSet<>();
        for (EntityPlan p : plan.entities()) {
            if (diag.hasErrors(p.entity().site().type())) {
                skip.add(p.entity().key());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (EntityPlan p : plan.entities()) {
                for (RelationModel r : p.relations()) {
                    String owner = p.entity().key();
                    String target = r.target().canonicalName();
                    if (skip.contains(owner) != skip.contains(target)) {
                        grew |= skip.add(owner) | skip.add(target);
                    }
                }
            }
        }
        return skip;
    }
}
