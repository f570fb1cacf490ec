package dev.retort.exc;

/**
 * An UPDATE or DELETE of a versioned object matched no row: someone else changed or deleted it
 * since it was loaded. The flush was rolled back; call {@code session.rollback()}, reload the
 * object and apply the change again. The counterpart of SQLAlchemy's {@code StaleDataError}.
 */
public class StaleDataException extends RetortException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
        super(message);
    }
}
