package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** The statement is not valid for the database: syntax, unknown object or missing privilege (SQLState class 42). */
public class ProgrammingErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "The statement is not valid for this database: check table and column names, the SQL syntax for this dialect, and permissions.";

    public ProgrammingErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }
}
