package dev.retort.exc;

/**
 * An argument given to a Retort API was not valid: a malformed URL, a value of the wrong type for
 * a column, an unknown option. The counterpart of SQLAlchemy's {@code ArgumentError}.
 */
public class ArgumentException extends RetortException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what to do about it
     */
    public ArgumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the error that caused it.
     *
     * @param message what was wrong and what to do about it
     * @param cause the underlying error
     */
    public ArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
