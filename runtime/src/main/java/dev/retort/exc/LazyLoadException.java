package dev.retort.exc;

/**
 * A relationship declared {@code lazy = RAISE} (or loaded with {@code raiseLoad}) was touched
 * before it was loaded. Load it eagerly in the query ({@code joinedLoad}/{@code selectinLoad}).
 */
public class LazyLoadException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which relationship was touched, and how to load it eagerly
     */
    public LazyLoadException(String message) {
        super(message);
    }
}
