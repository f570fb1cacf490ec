package dev.retort.exc;

/**
 * No JDBC driver on the class path accepts the URL. The message names the URL (password masked)
 * and the Maven coordinates of the driver to add.
 */
public class MissingDriverException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the URL (password masked) and the driver to add
     * @param cause the driver manager's error
     */
    public MissingDriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
