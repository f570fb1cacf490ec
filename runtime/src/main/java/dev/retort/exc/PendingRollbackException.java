package dev.retort.exc;

/**
 * The session's transaction was rolled back because a flush failed; the session refuses work
 * until {@code session.rollback()} is called. The original error is the cause. The counterpart of
 * SQLAlchemy's {@code PendingRollbackError}.
 */
public class PendingRollbackException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the session refuses and that {@code rollback()} must be called
     * @param cause the error that made the flush fail
     */
    public PendingRollbackException(String message, Throwable cause) {
        super(message, cause);
    }
}
