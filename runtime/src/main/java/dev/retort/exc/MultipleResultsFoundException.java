package dev.retort.exc;

/** {@code one()} or {@code oneOrNull()} was called on a result or query with more than one row. */
public class MultipleResultsFoundException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    public MultipleResultsFoundException(String message) {
        super(message);
    }
}
