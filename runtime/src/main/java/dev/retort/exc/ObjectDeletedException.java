package dev.retort.exc;

/** An object's row no longer exists in the database (refresh found nothing). */
public class ObjectDeletedException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which object's row is gone
     */
    public ObjectDeletedException(String message) {
        super(message);
    }
}
