package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/** A value did not fit its column (SQLState class 22). */
public class DataErrorException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** What the user should do about it; appended to every message. */
    public static final String HINT =
            "A value did not fit its column (too long, out of range, or in the wrong format): check the value against the column's type.";

    public DataErrorException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        super(statement, parameters, parametersText, cause, HINT);
    }
}
