package dev.retort.exc;

import java.util.List;

/**
 * A table was asked for by a name the database does not have (reflection and inspection); the
 * counterpart of SQLAlchemy's {@code NoSuchTableError}. The message lists the tables that exist.
 */
public class NoSuchTableException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /** The schema searched, or {@code null} for the default one. */
    private final String schema;
    /** The table name asked for. */
    private final String name;
    /** The tables the schema does have, sorted. */
    private final List<String> existing;

    /**
     * @param schema the schema searched, or {@code null} for the default one
     * @param name the table name asked for
     * @param existing the tables the schema does have, sorted
     */
    public NoSuchTableException(String schema, String name, List<String> existing) {
        super("No table '" + name + "' in " + (schema == null ? "the default schema" : "schema '" + schema + "'")
                + " of the database; " + (existing.isEmpty() ? "the schema has no tables"
                : "its tables are " + existing) + ". Check the spelling; a name created in quotes "
                + "(such as \"user\") must be given in the same case");
        this.schema = schema;
        this.name = name;
        this.existing = List.copyOf(existing);
    }

    /** The schema searched, or {@code null} for the default one. */
    public String schema() {
        return schema;
    }

    /** The table name asked for. */
    public String name() {
        return name;
    }

    /** The tables the schema does have, sorted. */
    public List<String> existingTables() {
        return existing;
    }
}
