package dev.retort.exc;

/** {@code one()} or {@code oneOrNull()} was called on a result or query with more than one row. */
public class MultipleResultsFoundException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was expected and what was found
     */
    public MultipleResultsFoundException(String message) {
        super(message);
    }
}
