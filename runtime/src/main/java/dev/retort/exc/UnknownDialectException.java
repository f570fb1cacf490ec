package dev.retort.exc;

/** A database URL named a dialect Retort does not know. The message lists the known dialects. */
public class UnknownDialectException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the dialect name given and the known dialects
     */
    public UnknownDialectException(String message) {
        super(message);
    }
}
