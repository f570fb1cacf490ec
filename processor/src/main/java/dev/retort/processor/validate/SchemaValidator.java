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
        Map<String, List<String>> declarations = new TreeMap<>();
        for (String b : baseByName.keySet()) {
            byBase.put(b, new ArrayList<>());
            declarations.put(b, new ArrayList<>());
        }
        for (EntityModel e : sorted) {
            if (e.base() != null && byBase.containsKey(e.base().canonicalName())) {
                declarations.get(e.base().canonicalName()).add(e.site().type());
                if (byKey.get(e.key()) == e) {
                    byBase.get(e.base().canonicalName()).add(e);
                }
            }
        }
        List<SchemaPlan> plans = new ArrayList<>();
        for (Map.Entry<String, List<EntityModel>> entry : byBase.entrySet()) {
            plans.add(validateBase(baseByName.get(entry.getKey()), entry.getValue(), declarations.get(entry.getKey())));
        }
        return plans;
    }

    private SchemaPlan validateBase(BaseModel base, List<EntityModel> entities, List<String> declarations) {
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
        return new SchemaPlan(base, plans, associations, fks.creationOrder(plans, associations), declarations);
    }

    /**
     * Whether code may be written for {@code plan}: none of the classes that declared its entities
     * has an error. A base with an error gets no code at all, so the generated classes never name
     * one that is missing and javac shows only Retort's messages.
     */
    public static boolean isClean(SchemaPlan plan, Diagnostics diag) {
        for (String type : plan.declarations()) {
            if (diag.hasErrors(type)) {
                return false;
            }
        }
        return true;
    }
}
