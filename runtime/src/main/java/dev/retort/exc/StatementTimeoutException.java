package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * A statement ran longer than the timeout set for it and was cancelled. The transaction it ran in
 * has been rolled back (or must be); the connection or session can be used again after that.
 */
public class StatementTimeoutException extends OperationalErrorException {
    private static final long serialVersionUID = 1L;

    private final long timeoutMillis;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text that was cancelled, or {@code null} when not known
     * @param parameters its bound values, or {@code null}
     * @param parametersText the parameters as the message shows them, or {@code null}
     * @param timeoutMillis the timeout that ran out, in milliseconds
     * @param cause the driver's exception for the cancelled statement
     */
    public StatementTimeoutException(String statement, List<?> parameters, String parametersText, long timeoutMillis,
            SQLException cause) {
        super(statement, parameters, parametersText, cause, "The statement did not finish within its timeout of "
                + timeoutMillis + " ms and was cancelled; the transaction was rolled back. Raise the timeout, or make "
                + "the statement cheaper");
        this.timeoutMillis = timeoutMillis;
    }

    /** The timeout that ran out, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
