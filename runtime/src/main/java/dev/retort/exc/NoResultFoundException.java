package dev.retort.exc;

/** {@code one()} was called on a result or query that returned no rows. */
public class NoResultFoundException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was expected
     */
    public NoResultFoundException(String message) {
        super(message);
    }
}
