package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** The database could not carry out the operation: connection, transaction rollback or resource failure (SQLState classes 08, 28, 40, 53, 54, 55, 57, 58, HY, XJ; dialects add vendor codes). */
public class OperationalErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "The database could not carry out the operation (connection lost, deadlock, lock timeout, serialization failure, resources). Roll back; retrying the transaction may succeed.";

    /**
     * Wraps a driver exception of the operational family; the message ends with {@link #HINT}.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     */
    public OperationalErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }

    /**
     * Wraps a driver exception of the operational family with advice of its own instead of
     * {@link #HINT}, for subclasses.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values, or {@code null} for none
     * @param parametersText the parameters as the message shows them, or {@code null}
     * @param cause the driver's (or pool's) exception
     * @param hint what the user should do, appended to the message
     */
    protected OperationalErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause, String hint) {
        super(statement, parameters, parametersText, cause, hint);
    }
}
