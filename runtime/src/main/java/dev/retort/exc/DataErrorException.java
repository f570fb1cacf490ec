package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** A value did not fit its column (SQLState class 22). */
public class DataErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "A value did not fit its column (too long, out of range, or in the wrong format): check the value against the column's type.";

    /**
     * Wraps a driver exception of the data family; the message ends with {@link #HINT}.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     */
    public DataErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }
}
