package dev.retort.exc;

/**
 * A request could not be carried out as asked: an unknown attribute or column name, a missing
 * bind parameter value, an operation that needs state the object does not have. The message says
 * what was asked, what is valid, and what to do instead. The counterpart of SQLAlchemy's
 * {@code InvalidRequestError}.
 */
public class InvalidRequestException extends RetortException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked, what is valid, and what to do instead
     */
    public InvalidRequestException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the error that caused it.
     *
     * @param message what was asked, what is valid, and what to do instead
     * @param cause the underlying error
     */
    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
