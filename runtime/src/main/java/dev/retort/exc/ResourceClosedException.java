package dev.retort.exc;

/** A connection, result or engine was used after it was closed. */
public class ResourceClosedException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which resource is closed, and what to do instead
     */
    public ResourceClosedException(String message) {
        super(message);
    }
}
