package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** The database reported a violated constraint (SQLState class 23). */
public class IntegrityErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "A constraint was violated (unique, foreign key, not null or check): check the values against the table's constraints. Roll the transaction back before going on.";

    public IntegrityErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }
}
