package dev.retort.processor.validate;

import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.BaseModel;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.ForeignKeyModel;
import dev.retort.processor.model.SchemaPlan.TableRef;
import dev.retort.processor.model.TypeText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign keys across the entities of one base: the referenced table and column exist, are a key,
 * and have the same type; and the order in which the tables can be created.
 */
final class ForeignKeyChecks {
    private final Diagnostics diag;
    private final BaseModel base;
    private final Map<String, EntityModel> byTable;
    private final Set<String> broken;

    ForeignKeyChecks(Diagnostics diag, BaseModel base, Map<String, EntityModel> byTable, Set<String> broken) {
        this.diag = diag;
        this.base = base;
        this.byTable = byTable;
        this.broken = broken;
    }

    void check(EntityModel e) {
        for (ColumnModel c : e.columns()) {
            ForeignKeyModel fk = c.foreignKey();
            if (fk == null) {
                continue;
            }
            var site = c.site().annotation("Column").attribute("foreignKey");
            String owner = e.displayName();
            EntityModel t = byTable.get(fk.tableFullName());
            if (t == null) {
                diag.error(site, Message.FOREIGN_KEY_UNKNOWN_TABLE, fk.spec(), owner, c.attribute(),
                        fk.tableFullName(), base.type().simpleName(), String.join(", ", byTable.keySet()));
                continue;
            }
            if (broken.contains(t.key()) && t != e) {
                continue;
            }
            ColumnModel target = t.columnNamed(fk.column());
            if (target == null) {
                List<String> names = t.columns().stream().map(ColumnModel::name).toList();
                diag.error(site, Message.FOREIGN_KEY_UNKNOWN_COLUMN, fk.spec(), owner, c.attribute(), fk.column(),
                        t.tableFullName(), String.join(", ", names));
                continue;
            }
            boolean key = (target.primaryKey() && t.primaryKey().size() == 1) || target.unique();
            if (!key) {
                diag.error(site, Message.FOREIGN_KEY_NOT_KEY, fk.spec(), owner, c.attribute(), t.tableFullName(),
                        target.name());
                continue;
            }
            if (c.type().storageKind() != target.type().storageKind()) {
                diag.error(site, Message.FOREIGN_KEY_TYPE, fk.spec(), owner, c.attribute(), c.type().describe(),
                        target.type().describe(), c.attribute(),
                        TypeText.of(target.boxedType()));
            }
        }
    }

    /**
     * Every table in an order where referenced tables come first; ties keep the given order.
     * Reports a cycle and then returns the rest in the given order.
     */
    List<TableRef> creationOrder(List<EntityPlan> entities, List<AssociationModel> associations) {
        List<TableRef> all = new ArrayList<>();
        for (EntityPlan p : entities) {
            all.add(new TableRef(p, null));
        }
        for (AssociationModel a : associations) {
            all.add(new TableRef(null, a));
        }
        List<TableRef> out = new ArrayList<>();
        boolean[] placed = new boolean[all.size()];
        Set<String> done = new LinkedHashSet<>();
        while (out.size() < all.size()) {
            boolean progressed = false;
            for (int i = 0; i < all.size(); i++) {
                TableRef t = all.get(i);
                if (placed[i]) {
                    continue;
                }
                boolean ready = true;
                for (String dep : dependencies(t)) {
                    if (!done.contains(dep) && !dep.equals(t.fullName()) && isKnown(dep, all)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    placed[i] = true;
                    done.add(t.fullName());
                    out.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                List<String> rest = new ArrayList<>();
                TableRef first = null;
                for (int i = 0; i < all.size(); i++) {
                    if (!placed[i]) {
                        rest.add(all.get(i).fullName());
                        if (first == null && all.get(i).entity() != null) {
                            first = all.get(i);
                        }
                    }
                }
                if (first != null) {
                    diag.error(first.entity().entity().site().annotation("Table"), Message.FOREIGN_KEY_CYCLE,
                            String.join(", ", rest));
                }
                for (int i = 0; i < all.size(); i++) {
                    if (!placed[i]) {
                        placed[i] = true;
                        out.add(all.get(i));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isKnown(String table, List<TableRef> all) {
        for (TableRef t : all) {
            if (t.fullName().equals(table)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> dependencies(TableRef t) {
        List<String> deps = new ArrayList<>();
        if (t.entity() != null) {
            for (ColumnModel c : t.entity().entity().columns()) {
                if (c.foreignKey() != null) {
                    deps.add(c.foreignKey().tableFullName());
                }
            }
        } else {
            for (AssociationModel.Column c : t.association().columns()) {
                deps.add(c.references().substring(0, c.references().lastIndexOf('.')));
            }
        }
        return deps;
    }
}
