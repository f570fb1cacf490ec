package dev.retort.exc;

/**
 * An object was used in a way that needs its session (loading a lazy collection, refreshing) but
 * it belongs to no open session. Load what you need before closing the session (e.g. with
 * {@code joinedLoad}/{@code selectinLoad}), or {@code merge} the object into a new session. The
 * counterpart of SQLAlchemy's {@code DetachedInstanceError}.
 */
public class DetachedInstanceException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which object and attribute needed a session, and what to do instead
     */
    public DetachedInstanceException(String message) {
        super(message);
    }
}
