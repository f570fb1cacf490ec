package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** The database reported a violated constraint (SQLState class 23). */
public class IntegrityErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "A constraint was violated (unique, foreign key, not null or check): check the values against the table's constraints. Roll the transaction back before going on.";

    /**
     * Wraps a driver exception of the integrity family; the message ends with {@link #HINT}.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     */
    public IntegrityErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }
}
