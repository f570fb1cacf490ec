package dev.retort.exc;

/** An object of a class that is not mapped was given to the session. */
public class UnmappedInstanceException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    public UnmappedInstanceException(String message) {
        super(message);
    }
}
