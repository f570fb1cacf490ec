package dev.retort.exc;

/** An object's row no longer exists in the database (refresh found nothing). */
public class ObjectDeletedException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    public ObjectDeletedException(String message) {
        super(message);
    }
}
