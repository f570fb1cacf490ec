package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** The statement is not valid for the database: syntax, unknown object or missing privilege (SQLState class 42). */
public class ProgrammingErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "The statement is not valid for this database: check table and column names, the SQL syntax for this dialect, and permissions.";

    /**
     * Wraps a driver exception of the programming family; the message ends with {@link #HINT}.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     */
    public ProgrammingErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }
}
