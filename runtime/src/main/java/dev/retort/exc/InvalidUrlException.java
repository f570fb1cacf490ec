package dev.retort.exc;

/** A database URL could not be parsed. The message names the URL with its password masked. */
public class InvalidUrlException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the URL cannot be used and the expected form; any password in it must
     *     already be masked
     */
    public InvalidUrlException(String message) {
        super(message);
    }
}
