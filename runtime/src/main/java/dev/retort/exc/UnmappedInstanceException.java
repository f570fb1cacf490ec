package dev.retort.exc;

/** An object of a class that is not mapped was given to the session. */
public class UnmappedInstanceException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the object's class and what to do about it
     */
    public UnmappedInstanceException(String message) {
        super(message);
    }
}
