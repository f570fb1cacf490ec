package dev.retort.engine.reflect;

import java.util.List;

/**
 * A UNIQUE constraint of a table; an element of {@link Inspector#getUniqueConstraints(String)}.
 * JDBC has no call for unique constraints: they are read from the indexes the database made for
 * them, whose names are not the constraint's, so the name is not known.
 *
 * @param name always {@code null} for now (see above)
 * @param columns the constrained columns in order
 */
public record UniqueConstraintInfo(String name, List<String> columns) {

    /** Copies the column list. */
    public UniqueConstraintInfo {
        columns = List.copyOf(columns);
    }
}
