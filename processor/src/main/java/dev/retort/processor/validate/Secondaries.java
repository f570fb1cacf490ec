package dev.retort.processor.validate;

import dev.retort.orm.mapping.Relation;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.RelationshipModel;
import dev.retort.processor.model.TypeText;
import dev.retort.processor.validate.Links.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many-to-many relationships: the association table named by {@code secondary}, either an
 * entity's table with a foreign key to each side, or created here with columns
 * {@code <table>_<pk>} for each side's key (in table-name order) that together form its primary
 * key. Several relationships may share one association table if they link the same two tables.
 */
final class Secondaries {
    private final Diagnostics diag;
    private final Map<String, EntityModel> byTable;
    private final Map<String, Association> associations = new TreeMap<>();

    Secondaries(Diagnostics diag, Map<String, EntityModel> byTable) {
        this.diag = diag;
        this.byTable = byTable;
    }

    /** An association table in use: implicit (created here) or an entity's table. */
    private record Association(AssociationModel model, String left, String right, String firstUser) {}

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

    /** Works out a many-to-many relationship over its association table; false after reporting why not. */
    boolean resolve(Draft d) {
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
            List<Link> toOwner = Links.links(declared, owner);
            List<Link> toTarget = Links.links(declared, target);
            if (owner == target) {
                List<Link> hinted = Links.filter(toOwner, r.foreignKeys());
                if (r.foreignKeys().isEmpty() || hinted.isEmpty() || hinted.size() == toOwner.size()) {
                    diag.error(r.site(), Message.AMBIGUOUS_FOREIGN_KEY, o, r.name(), declared.table(), owner.table(),
                            Links.describe(toOwner));
                    return false;
                }
                List<Link> rest = new ArrayList<>(toOwner);
                rest.removeAll(hinted);
                toOwner = hinted;
                toTarget = rest;
            }
            if (toOwner.isEmpty() || toTarget.isEmpty() || !Links.isOneKey(toOwner) || !Links.isOneKey(toTarget)) {
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
}
