package dev.retort.processor.validate;

import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The foreign keys between two entities' tables, as relationships join over them. */
final class Links {
    private Links() {}

    /**
     * A foreign key column and the column it references.
     *
     * @param table the table holding the foreign key
     * @param column the foreign key column
     * @param referenced the referenced column
     */
    record Link(EntityModel table, ColumnModel column, ColumnModel referenced) {}

    static List<Link> links(EntityModel from, EntityModel to) {
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

    static List<Link> filter(List<Link> links, List<String> hints) {
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

    static String describe(List<Link> links) {
        List<String> names = new ArrayList<>();
        for (Link l : links) {
            names.add(l.table().table() + "." + l.column().name());
        }
        return String.join(", ", names);
    }

    /** Whether several foreign key columns together form one join: each references a different column. */
    static boolean isOneKey(List<Link> links) {
        Set<String> referenced = new HashSet<>();
        for (Link l : links) {
            if (!referenced.add(l.referenced().name())) {
                return false;
            }
        }
        return true;
    }
}
