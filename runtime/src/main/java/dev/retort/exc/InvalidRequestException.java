package dev.retort.exc;

/**
 * A request could not be carried out as asked: an unknown attribute or column name, a missing
 * bind parameter value, an operation that needs state the object does not have. The message says
 * what was asked, what is valid, and what to do instead. The counterpart of SQLAlchemy's
 * {@code InvalidRequestError}.
 */
public class InvalidRequestException extends RetortException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
