package dev.retort.exc;

import java.util.List;

/** A column was looked up by a name the table, row or result does not have. */
public class NoSuchColumnException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /** The name that was asked for. */
    private final String name;
    /** The names that would have been valid, in order. */
    private final List<String> valid;

    /**
     * Creates the exception; the message names the column asked for and lists the valid ones.
     *
     * @param where what was searched, as the message names it (e.g. {@code "table 'users'"} or
     *     {@code "this row"})
     * @param name the name that was asked for
     * @param valid the names that would have been valid, in order
     */
    public NoSuchColumnException(String where, String name, List<String> valid) {
        super("No column named '" + name + "' in " + where + "; valid names are " + valid);
        this.name = name;
        this.valid = List.copyOf(valid);
    }

    /** The name that was asked for. */
    public String name() {
        return name;
    }

    /** The names that would have been valid, in order. */
    public List<String> validNames() {
        return valid;
    }
}
