package dev.retort.exc;

/** A database URL named a dialect Retort does not know. The message lists the known dialects. */
public class UnknownDialectException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownDialectException(String message) {
        super(message);
    }
}
