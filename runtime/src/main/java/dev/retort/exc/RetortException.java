package dev.retort.exc;

/** Base class of every exception Retort raises. Unchecked. */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what to do about it
     */
    public RetortException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the error that caused it.
     *
     * @param message what was wrong and what to do about it
     * @param cause the underlying error
     */
    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
