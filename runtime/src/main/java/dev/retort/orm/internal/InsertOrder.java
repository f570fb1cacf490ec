package dev.retort.orm.internal;

import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.mapping.EntityMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a flush's INSERTs: by foreign-key dependency level (parents first), then by class,
 * then in the order objects were added, so rows of one class at one level form one JDBC batch.
 */
final class InsertOrder {
    private InsertOrder() {}

    /** The pending states in insert order: by dependency level, then class, then the order added. */
    static Collection<List<EntityState>> groups(List<EntityState> inserts,
            Map<EntityState, List<EntityState>> dependsOn) {
        if (dependsOn.isEmpty()) {
            // no pending object refers to another: one level, so no per-state level bookkeeping
            Map<EntityMapper<?>, List<EntityState>> byClass = new LinkedHashMap<>();
            for (EntityState s : inserts) {
                byClass.computeIfAbsent(s.mapper, k -> new ArrayList<>()).add(s);
            }
            return byClass.values();
        }
        Map<EntityState, Integer> levels = new IdentityHashMap<>();
        List<EntityState> path = new ArrayList<>();
        int max = 0;
        for (EntityState s : inserts) {
            max = Math.max(max, level(s, levels, path, dependsOn));
        }
        List<Map<EntityMapper<?>, List<EntityState>>> byLevel = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            byLevel.add(new LinkedHashMap<>());
        }
        for (EntityState s : inserts) {
            byLevel.get(levels.get(s)).computeIfAbsent(s.mapper, k -> new ArrayList<>()).add(s);
        }
        List<List<EntityState>> groups = new ArrayList<>();
        for (Map<EntityMapper<?>, List<EntityState>> m : byLevel) {
            groups.addAll(m.values());
        }
        return groups;
    }

    private static int level(EntityState s, Map<EntityState, Integer> levels, List<EntityState> path,
            Map<EntityState, List<EntityState>> dependsOn) {
        Integer known = levels.get(s);
        if (known != null) {
            return known;
        }
        if (Relations.containsIdentity(path, s)) {
            StringBuilder b = new StringBuilder();
            for (EntityState p : path.subList(path.indexOf(s), path.size())) {
                b.append(SessionCore.describe(p.mapper, p.object())).append(" -> ");
            }
            throw new InvalidRequestException("Circular dependency between new objects: " + b
                    + SessionCore.describe(s.mapper, s.object()) + "; flush one of them first, then set the reference");
        }
        path.add(s);
        int level = 0;
        for (EntityState d : dependsOn.getOrDefault(s, List.of())) {
            if (d.status() == EntityState.Status.PENDING) {
                level = Math.max(level, level(d, levels, path, dependsOn) + 1);
            }
        }
        path.remove(path.size() - 1);
        levels.put(s, level);
        return level;
    }
}
