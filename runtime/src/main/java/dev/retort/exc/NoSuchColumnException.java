package dev.retort.exc;

import java.util.List;

/** A column was looked up by a name the table, row or result does not have. */
public class NoSuchColumnException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> valid;

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
