package dev.retort.exc;

/**
 * The values given for a statement do not match its bind parameters: a value is missing, or a
 * value was given for a name the statement does not have.
 */
public class BindParameterException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which parameter is missing or unknown, and the parameters the statement has
     */
    public BindParameterException(String message) {
        super(message);
    }
}
