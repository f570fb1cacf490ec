package dev.retort.processor.validate;

import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.BaseModel;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.RelationModel;
import dev.retort.processor.model.RelationshipModel;
import dev.retort.processor.model.TypeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out every relationship of one base from the foreign keys: its kind, join columns and
 * association table; then checks {@code backPopulates}, adds the mirror sides declared by
 * {@code backref}, and looks for cycles of {@code lazy = JOINED}.
 */
final class RelationResolver {
    private final Diagnostics diag;
    private final BaseModel base;
    private final Map<String, EntityModel> byKey;
    private final Map<String, EntityModel> byTable;
    private final Set<String> broken;
    private final Map<String, List<Draft>> drafts = new LinkedHashMap<>();
    private final Secondaries secondaries;

    RelationResolver(Diagnostics diag, BaseModel base, List<EntityModel> entities, Set<String> broken) {
        this.diag = diag;
        this.base = base;
        this.broken = broken;
        this.byKey = new LinkedHashMap<>();
        this.byTable = new LinkedHashMap<>();
        for (EntityModel e : entities) {
            byKey.put(e.key(), e);
            byTable.putIfAbsent(e.tableFullName(), e);
            drafts.put(e.key(), new ArrayList<>());
        }
        this.secondaries = new Secondaries(diag, byTable);
    }

    /** The association tables created for {@code secondary} names that no entity maps, by name. */
    List<AssociationModel> associations() {
        return secondaries.associations();
    }

    /** The relations of each entity (by key), fields first, then mirrors from backrefs. */
    Map<String, List<RelationModel>> resolve() {
        for (EntityModel e : byKey.values()) {
            for (RelationshipModel r : e.relationships()) {
                Draft d = new Draft();
                d.owner = e;
                d.decl = r;
                d.name = r.name();
                drafts.get(e.key()).add(d);
                resolve(d);
            }
        }
        for (List<Draft> list : drafts.values()) {
            for (Draft d : List.copyOf(list)) {
                if (d.ok && d.decl.backPopulates() != null) {
                    checkBackPopulates(d);
                }
            }
        }
        for (EntityModel e : byKey.values()) {
            for (Draft d : List.copyOf(drafts.get(e.key()))) {
                if (d.ok && d.decl != null && d.decl.backref() != null) {
                    addBackref(d);
                }
            }
        }
        checkJoinedCycles();
        Map<String, List<RelationModel>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Draft>> entry : drafts.entrySet()) {
            List<RelationModel> list = new ArrayList<>();
            for (Draft d : entry.getValue()) {
                if (d.ok) {
                    list.add(new RelationModel(d.name, list.size(), d.kind, d.target.type(), d.local,
                            d.remote, d.secondary, d.toOwner, d.toTarget, d.backPopulates, d.orderBy,
                            d.lazy, d.cascade, d.collectionType, d.decl));
                }
            }
            out.put(entry.getKey(), list);
        }
        return out;
    }

    // ------------------------------------------------------------------ one relationship

    private void resolve(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel owner = d.owner;
        String o = owner.displayName();
        EntityModel target = byKey.get(r.target().canonicalName());
        if (target == null) {
            List<String> names = byKey.values().stream().map(EntityModel::displayName).toList();
            diag.error(r.site(), Message.RELATIONSHIP_TARGET, o, r.name(), r.target().simpleName(),
                    base.type().simpleName(), String.join(", ", names));
            return;
        }
        if (broken.contains(target.key()) && target != owner) {
            return;
        }
        d.target = target;
        if (r.backref() != null && r.backPopulates() != null) {
            diag.error(r.site().annotation("Relationship").attribute("backref"),
                    Message.BACKREF_WITH_BACK_POPULATES, o, r.name());
            return;
        }
        boolean collection = r.shape().isCollection();
        if (r.uselist() != null && r.uselist() != collection) {
            diag.error(r.site().annotation("Relationship").attribute("uselist"), Message.USELIST_MISMATCH, o,
                    r.name(), r.uselist(), TypeText.of(r.fieldType()));
            return;
        }
        d.collectionType = !collection ? null
                : r.shape() == RelationshipModel.Shape.SET ? Relation.CollectionType.SET : Relation.CollectionType.LIST;
        d.lazy = r.lazy();
        d.cascade = r.cascade();
        d.backPopulates = r.backPopulates() != null ? r.backPopulates() : r.backref();
        boolean joined = r.secondary() != null ? secondaries.resolve(d) : resolveForeignKey(d);
        if (!joined) {
            return;
        }
        if (r.orderBy() != null && !resolveOrderBy(d)) {
            return;
        }
        d.ok = true;
    }

    private boolean resolveForeignKey(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel owner = d.owner;
        EntityModel target = d.target;
        String o = owner.displayName();
        boolean self = owner == target;
        List<Links.Link> forward = Links.links(owner, target);
        List<Links.Link> backward = self ? List.of() : Links.links(target, owner);
        List<Links.Link> all = new ArrayList<>(forward);
        all.addAll(backward);
        if (all.isEmpty()) {
            diag.error(r.site(), Message.NO_FOREIGN_KEY, o, r.name(), owner.table(), target.table(),
                    (r.shape().isCollection() ? owner : target).table() + "." + firstKey(r.shape().isCollection()
                            ? owner : target),
                    (r.shape().isCollection() ? target : owner).table());
            return false;
        }
        forward = Links.filter(forward, r.foreignKeys());
        backward = Links.filter(backward, r.foreignKeys());
        if (forward.isEmpty() && backward.isEmpty()) {
            diag.error(r.site().annotation("Relationship").attribute("foreignKey"),
                    Message.RELATIONSHIP_FOREIGN_KEY, o, r.name(), String.join(", ", r.foreignKeys()), owner.table(),
                    target.table(), Links.describe(all));
            return false;
        }
        if ((!forward.isEmpty() && !backward.isEmpty()) || !Links.isOneKey(forward) || !Links.isOneKey(backward)) {
            List<Links.Link> both = new ArrayList<>(forward);
            both.addAll(backward);
            diag.error(r.site(), Message.AMBIGUOUS_FOREIGN_KEY, o, r.name(), owner.table(), target.table(),
                    Links.describe(both));
            return false;
        }
        boolean collection = r.shape().isCollection();
        List<Links.Link> used = forward.isEmpty() ? backward : forward;
        List<String> fkCols = used.stream().map(l -> l.column().name()).toList();
        List<String> refCols = used.stream().map(l -> l.referenced().name()).toList();
        if (self) {
            if (collection) {
                d.kind = Relation.Kind.ONE_TO_MANY;
                d.local = refCols;
                d.remote = fkCols;
            } else {
                d.kind = Relation.Kind.MANY_TO_ONE;
                d.local = fkCols;
                d.remote = refCols;
            }
            return true;
        }
        if (!forward.isEmpty()) {
            if (collection) {
                diag.error(r.site(), Message.RELATIONSHIP_SHAPE, o, r.name(),
                        TypeText.of(r.fieldType()), Links.describe(used), owner.table(),
                        target.displayName());
                return false;
            }
            d.kind = Relation.Kind.MANY_TO_ONE;
            d.local = fkCols;
            d.remote = refCols;
        } else {
            d.kind = collection ? Relation.Kind.ONE_TO_MANY : Relation.Kind.ONE_TO_ONE;
            d.local = refCols;
            d.remote = fkCols;
        }
        return true;
    }

    private static String firstKey(EntityModel e) {
        List<ColumnModel> pk = e.primaryKey();
        return pk.isEmpty() ? "id" : pk.get(0).name();
    }

    private boolean resolveOrderBy(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel target = d.target;
        List<Relation.Ordering> items = new ArrayList<>();
        for (String part : r.orderBy().split(",")) {
            String[] words = part.trim().split("\\s+");
            ColumnModel c = words.length >= 1 ? target.column(words[0]) : null;
            boolean desc = false;
            boolean valid = c != null && words.length <= 2;
            if (valid && words.length == 2) {
                String dir = words[1].toLowerCase(java.util.Locale.ROOT);
                valid = dir.equals("asc") || dir.equals("desc");
                desc = dir.equals("desc");
            }
            if (!valid) {
                List<String> names = target.columns().stream().map(ColumnModel::attribute).toList();
                diag.error(r.site().annotation("Relationship").attribute("orderBy"), Message.ORDER_BY_UNKNOWN,
                        r.orderBy(), d.owner.displayName(), r.name(), c == null ? words[0] : part.trim(),
                        target.displayName(),
                        target.displayName(), String.join(", ", names));
                return false;
            }
            items.add(new Relation.Ordering(c.attribute(), desc));
        }
        d.orderBy = items;
        return true;
    }

    // ------------------------------------------------------------------ both sides

    private Draft find(EntityModel owner, String name) {
        for (Draft d : drafts.get(owner.key())) {
            if (d.name.equals(name)) {
                return d;
            }
        }
        return null;
    }

    private void checkBackPopulates(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel target = d.target;
        var site = r.site().annotation("Relationship").attribute("backPopulates");
        String o = d.owner.displayName();
        Draft mirror = find(target, r.backPopulates());
        if (mirror == null || mirror.decl == null) {
            List<String> names = target.relationships().stream().map(RelationshipModel::name).toList();
            diag.error(site, Message.BACK_POPULATES_MISSING, o, r.name(), r.backPopulates(), target.displayName(),
                    String.join(", ", names), target.displayName());
            d.ok = false;
            return;
        }
        if (!mirror.ok) {
            return;
        }
        boolean pointsBack = mirror.target == d.owner
                && (mirror.decl.backPopulates() == null || mirror.decl.backPopulates().equals(r.name()));
        boolean mirrored = pointsBack && mirrors(d, mirror);
        if (!mirrored) {
            diag.error(site, Message.BACK_POPULATES_MISMATCH, o, r.name(), r.backPopulates(), target.displayName(),
                    mirror.name, o, r.name());
            d.ok = false;
            return;
        }
        if (mirror.backPopulates == null) {
            mirror.backPopulates = d.name;
        }
    }

    private static boolean mirrors(Draft a, Draft b) {
        if (a.kind == Relation.Kind.MANY_TO_MANY || b.kind == Relation.Kind.MANY_TO_MANY) {
            return a.kind == b.kind && a.secondary.equals(b.secondary) && a.toOwner.equals(b.toTarget)
                    && a.toTarget.equals(b.toOwner);
        }
        boolean kinds = a.kind == Relation.Kind.MANY_TO_ONE ? b.kind != Relation.Kind.MANY_TO_ONE
                : b.kind == Relation.Kind.MANY_TO_ONE;
        return kinds && a.local.equals(b.remote) && a.remote.equals(b.local);
    }

    private void addBackref(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel target = d.target;
        String name = r.backref();
        if (target.column(name) != null && target.column(name).attribute().equals(name) || find(target, name) != null) {
            diag.error(r.site().annotation("Relationship").attribute("backref"), Message.BACKREF_CONFLICT, name,
                    d.owner.displayName(), r.name(), target.displayName(), name, target.displayName());
            d.ok = false;
            return;
        }
        Draft m = new Draft();
        m.owner = target;
        m.target = d.owner;
        m.name = name;
        m.local = d.remote;
        m.remote = d.local;
        m.backPopulates = d.name;
        switch (d.kind) {
            case MANY_TO_ONE:
                m.kind = Boolean.FALSE.equals(r.uselist()) ? Relation.Kind.ONE_TO_ONE : Relation.Kind.ONE_TO_MANY;
                break;
            case MANY_TO_MANY:
                m.kind = Relation.Kind.MANY_TO_MANY;
                m.secondary = d.secondary;
                m.toOwner = d.toTarget;
                m.toTarget = d.toOwner;
                break;
            default:
                m.kind = Relation.Kind.MANY_TO_ONE;
        }
        m.collectionType = m.kind == Relation.Kind.ONE_TO_MANY || m.kind == Relation.Kind.MANY_TO_MANY
                ? Relation.CollectionType.LIST : null;
        m.ok = true;
        drafts.get(target.key()).add(m);
    }

    private void checkJoinedCycles() {
        for (List<Draft> list : drafts.values()) {
            for (Draft d : list) {
                if (!d.ok || d.lazy != LoadStrategy.JOINED || d.decl == null) {
                    continue;
                }
                List<Draft> path = new ArrayList<>();
                path.add(d);
                if (joinedPathBack(d.target, d.owner, path, new java.util.HashSet<>())) {
                    List<String> names = new ArrayList<>();
                    for (Draft p : path) {
                        names.add(p.owner.displayName() + "." + p.name);
                    }
                    diag.error(d.decl.site().annotation("Relationship").attribute("lazy"), Message.JOINED_CYCLE,
                            String.join(" -> ", names));
                    d.ok = false;
                }
            }
        }
    }

    private boolean joinedPathBack(EntityModel from, EntityModel to, List<Draft> path, Set<String> seen) {
        if (from == to) {
            return true;
        }
        if (!seen.add(from.key())) {
            return false;
        }
        for (Draft d : drafts.get(from.key())) {
            if (d.ok && d.lazy == LoadStrategy.JOINED) {
                path.add(d);
                if (joinedPathBack(d.target, to, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
