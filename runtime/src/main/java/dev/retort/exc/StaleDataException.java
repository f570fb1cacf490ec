package dev.retort.exc;

/**
 * A flush's UPDATE of an object (or DELETE of a versioned one) matched no row: someone else
 * deleted it, or changed its version counter, since it was loaded. The flush was rolled back; call {@code session.rollback()}, reload the
 * object and apply the change again. The counterpart of SQLAlchemy's {@code StaleDataError}.
 */
public class StaleDataException extends RetortException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which statement matched no row for which object, and what to do
     */
    public StaleDataException(String message) {
        super(message);
    }
}
