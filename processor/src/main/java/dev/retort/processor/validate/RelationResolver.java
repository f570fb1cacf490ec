package dev.retort.processor.validate;

import dev.retort.orm.mapping.CascadeOption;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    private final Map<String, Association> associations = new TreeMap<>();

    /** A relationship being worked out. */
    private static final class Draft {
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

    /** An association table in use: implicit (created here) or an entity's table. */
    private record Association(AssociationModel model, String left, String right, String firstUser) {}

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
                    list.add(new RelationModel(d.name, list.size(), d.kind, d.target.type(), d.target.generated(),
                            d.local, d.remote, d.secondary, d.toOwner, d.toTarget, d.backPopulates, d.orderBy,
                            d.lazy, d.cascade, d.collectionType, d.decl));
                }
            }
            out.put(entry.getKey(), list);
        }
        return out;
    }

    /** The association tables created for {@code secondary} names that no entity maps, by name. */
    List<AssociationModel> associations() {
        List<AssociationModel> out = new ArrayList<>();
        for (Association a : associations.values()) {
            if (!byTable.containsKey(a.model().fullName())) {
                out.add(a.model());
            }
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
        boolean joined = r.secondary() != null ? resolveSecondary(d) : resolveForeignKey(d);
        if (!joined) {
            return;
        }
        if (r.orderBy() != null && !resolveOrderBy(d)) {
            return;
        }
        d.ok = true;
    }

    /** A foreign key column and the column it references. */
    private record Link(EntityModel table, ColumnModel column, ColumnModel referenced) {}

    private List<Link> links(EntityModel from, EntityModel to) {
        List<Link> out = new ArrayList<>();
        for (ColumnModel c : from.columns()) {
            if (c.foreignKey() != null && c.foreignKey().tableFullName().equals(to.tableFullName())) {
                ColumnModel ref = to.columnNamed(c.foreignKey().column());
                if (ref != null) {
                    out.add(new Link(from, c, ref));
                }
            }
        }
        return out;
    }

    private static boolean matches(Link l, String hint) {
        String col = l.column().name();
        return hint.equals(col) || hint.equals(l.column().attribute()) || hint.equals(l.table().table() + "." + col)
                || hint.equals(l.table().tableFullName() + "." + col);
    }

    private List<Link> filter(List<Link> links, List<String> hints) {
        if (hints.isEmpty()) {
            return links;
        }
        List<Link> out = new ArrayList<>();
        for (Link l : links) {
            for (String h : hints) {
                if (matches(l, h)) {
                    out.add(l);
                    break;
                }
            }
        }
        return out;
    }

    private static String describe(List<Link> links) {
        List<String> names = new ArrayList<>();
        for (Link l : links) {
            names.add(l.table().table() + "." + l.column().name());
        }
        return String.join(", ", names);
    }

    private boolean resolveForeignKey(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel owner = d.owner;
        EntityModel target = d.target;
        String o = owner.displayName();
        boolean self = owner == target;
        List<Link> forward = links(owner, target);
        List<Link> backward = self ? List.of() : links(target, owner);
        List<Link> all = new ArrayList<>(forward);
        all.addAll(backward);
        if (all.isEmpty()) {
            diag.error(r.site(), Message.NO_FOREIGN_KEY, o, r.name(), owner.table(), target.table(),
                    (r.shape().isCollection() ? owner : target).table() + "." + firstKey(r.shape().isCollection()
                            ? owner : target),
                    (r.shape().isCollection() ? target : owner).table());
            return false;
        }
        forward = filter(forward, r.foreignKeys());
        backward = filter(backward, r.foreignKeys());
        if (forward.isEmpty() && backward.isEmpty()) {
            diag.error(r.site().annotation("Relationship").attribute("foreignKey"),
                    Message.RELATIONSHIP_FOREIGN_KEY, o, r.name(), String.join(", ", r.foreignKeys()), owner.table(),
                    target.table(), describe(all));
            return false;
        }
        if ((!forward.isEmpty() && !backward.isEmpty()) || !isOneKey(forward) || !isOneKey(backward)) {
            List<Link> both = new ArrayList<>(forward);
            both.addAll(backward);
            diag.error(r.site(), Message.AMBIGUOUS_FOREIGN_KEY, o, r.name(), owner.table(), target.table(),
                    describe(both));
            return false;
        }
        boolean collection = r.shape().isCollection();
        List<Link> used = forward.isEmpty() ? backward : forward;
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
                        TypeText.of(r.fieldType()), describe(used), owner.table(),
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

    /** Whether several foreign key columns together form one join: each references a different column. */
    private static boolean isOneKey(List<Link> links) {
        Set<String> referenced = new java.util.HashSet<>();
        for (Link l : links) {
            if (!referenced.add(l.referenced().name())) {
                return false;
            }
        }
        return true;
    }

    private boolean resolveSecondary(Draft d) {
        RelationshipModel r = d.decl;
        EntityModel owner = d.owner;
        EntityModel target = d.target;
        String o = owner.displayName();
        if (!r.shape().isCollection()) {
            String t = target.displayName();
            diag.error(r.site(), Message.SECONDARY_NOT_COLLECTION, o, r.name(), r.secondary(),
                    TypeText.of(r.fieldType()), t, t, t);
            return false;
        }
        var secondarySite = r.site().annotation("Relationship").attribute("secondary");
        String name = r.secondary();
        d.kind = Relation.Kind.MANY_TO_MANY;
        d.local = owner.primaryKey().stream().map(ColumnModel::name).toList();
        d.remote = target.primaryKey().stream().map(ColumnModel::name).toList();
        EntityModel declared = byTable.get(name);
        if (declared != null) {
            d.secondary = declared.tableFullName();
            List<Link> toOwner = links(declared, owner);
            List<Link> toTarget = links(declared, target);
            if (owner == target) {
                List<Link> hinted = filter(toOwner, r.foreignKeys());
                if (r.foreignKeys().isEmpty() || hinted.isEmpty() || hinted.size() == toOwner.size()) {
                    diag.error(r.site(), Message.AMBIGUOUS_FOREIGN_KEY, o, r.name(), declared.table(), owner.table(),
                            describe(toOwner));
                    return false;
                }
                List<Link> rest = new ArrayList<>(toOwner);
                rest.removeAll(hinted);
                toOwner = hinted;
                toTarget = rest;
            }
            if (toOwner.isEmpty() || toTarget.isEmpty() || !isOneKey(toOwner) || !isOneKey(toTarget)) {
                diag.error(secondarySite, Message.SECONDARY_SHAPE, name, o, r.name(), owner.table(),
                        target.table());
                return false;
            }
            d.toOwner = toOwner.stream().map(l -> l.column().name()).toList();
            d.toTarget = toTarget.stream().map(l -> l.column().name()).toList();
            d.local = toOwner.stream().map(l -> l.referenced().name()).toList();
            d.remote = toTarget.stream().map(l -> l.referenced().name()).toList();
            return true;
        }
        String schema = null;
        String table = name;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            schema = name.substring(0, dot);
            table = name.substring(dot + 1);
        }
        List<AssociationModel.Column> ownerCols = associationColumns(owner);
        List<AssociationModel.Column> targetCols = associationColumns(target);
        if (owner == target) {
            diag.error(r.site(), Message.SECONDARY_SELF, o, r.name(), owner.table(), name,
                    ownerCols.isEmpty() ? owner.table() + "_id" : ownerCols.get(0).name(), owner.table());
            return false;
        }
        Association existing = associations.get(name);
        if (existing == null) {
            // columns of the two sides in the order of their table names, whichever side is seen first
            boolean ownerFirst = owner.tableFullName().compareTo(target.tableFullName()) <= 0;
            List<AssociationModel.Column> cols = new ArrayList<>(ownerFirst ? ownerCols : targetCols);
            cols.addAll(ownerFirst ? targetCols : ownerCols);
            existing = new Association(new AssociationModel(table, schema, cols), owner.tableFullName(),
                    target.tableFullName(), o + "." + r.name());
            associations.put(name, existing);
        } else {
            boolean same = (existing.left().equals(owner.tableFullName()) && existing.right().equals(target.tableFullName()))
                    || (existing.left().equals(target.tableFullName()) && existing.right().equals(owner.tableFullName()));
            if (!same) {
                String[] first = existing.firstUser().split("\\.", 2);
                diag.error(secondarySite, Message.SECONDARY_CONFLICT, name, first[0], first[1],
                        existing.left(), existing.right(), o, r.name(), owner.tableFullName(), target.tableFullName());
                return false;
            }
        }
        d.secondary = name;
        d.toOwner = ownerCols.stream().map(AssociationModel.Column::name).toList();
        d.toTarget = targetCols.stream().map(AssociationModel.Column::name).toList();
        return true;
    }

    private static List<AssociationModel.Column> associationColumns(EntityModel e) {
        List<AssociationModel.Column> out = new ArrayList<>();
        for (ColumnModel pk : e.primaryKey()) {
            out.add(new AssociationModel.Column(e.table() + "_" + pk.name(), pk.type(),
                    e.tableFullName() + "." + pk.name()));
        }
        return out;
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
