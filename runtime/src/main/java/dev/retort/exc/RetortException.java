package dev.retort.exc;

/** Base class of every exception Retort raises. Unchecked. */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
