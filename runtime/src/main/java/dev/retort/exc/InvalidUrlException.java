package dev.retort.exc;

/** A database URL could not be parsed. The message names the URL with its password masked. */
public class InvalidUrlException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidUrlException(String message) {
        super(message);
    }
}
