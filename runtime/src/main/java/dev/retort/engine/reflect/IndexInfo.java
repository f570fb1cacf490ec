package dev.retort.engine.reflect;

import java.util.List;
import java.util.Objects;

/**
 * An index made by CREATE INDEX; an element of {@link Inspector#getIndexes(String)}. Indexes the
 * database made itself for constraints are not reported.
 *
 * @param name the index name (normalized)
 * @param columns the indexed columns in index order
 * @param unique whether the index is UNIQUE
 */
public record IndexInfo(String name, List<String> columns, boolean unique) {

    /** Copies the column list. */
    public IndexInfo {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
