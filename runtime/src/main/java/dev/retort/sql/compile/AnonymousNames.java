package dev.retort.sql.compile;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The anonymous names of one compilation: {@code :name_1}, {@code :name_2} for parameters, with
 * one counter per name shared with anonymous labels, as SQLAlchemy numbers them.
 */
final class AnonymousNames {
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<Object, String> names = new IdentityHashMap<>();

    /** The name of {@code owner}: {@code stem_n}, the same each time it is asked for. */
    String nameFor(Object owner, String stem) {
        String name = names.get(owner);
        if (name == null) {
            int n = counters.merge(stem, 1, Integer::sum);
            name = stem + "_" + n;
            names.put(owner, name);
        }
        return name;
    }

    /**
     * Keeps later anonymous names from repeating an anonymous label: after {@code count(x) AS
     * count_1}, a parameter compared with {@code count(x)} is {@code :count_2}.
     */
    void reserve(String label) {
        int cut = label.lastIndexOf('_');
        if (cut > 0 && cut < label.length() - 1 && label.substring(cut + 1).chars().allMatch(Character::isDigit)) {
            counters.merge(label.substring(0, cut), Integer.parseInt(label.substring(cut + 1)), Math::max);
        }
    }
}
