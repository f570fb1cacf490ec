package dev.retort.exc;

/**
 * An argument given to a Retort API was not valid: a malformed URL, a value of the wrong type for
 * a column, an unknown option. The counterpart of SQLAlchemy's {@code ArgumentError}.
 */
public class ArgumentException extends RetortException {
    private static final long serialVersionUID = 1L;

    public ArgumentException(String message) {
        super(message);
    }

    public ArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
