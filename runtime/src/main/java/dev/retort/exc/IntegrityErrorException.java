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
        this(statement, parameters, parametersText, cause, null, null);
    }

    /**
     * Wraps a driver exception that names a constraint the engine knows; the message says what
     * it covers before {@link #HINT}: {@code The constraint uq_users_name is UNIQUE (name) on table users.}
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     * @param constraintName the violated constraint's name, or {@code null} when unknown
     * @param covers what the constraint covers ({@code UNIQUE (name) on table users}), or {@code null}
     */
    public IntegrityErrorException(String statement, List<?> parameters, String parametersText, SQLException cause,
            String constraintName, String covers) {
        super(statement, parameters, parametersText, cause,
                constraintName == null ? HINT : "The constraint " + constraintName + " is " + covers + ".\n" + HINT);
        this.constraintName = constraintName;
    }

    private final String constraintName;

    /**
     * The name of the violated constraint, as it was created, when the driver named it and the
     * engine created (or was asked to create) its table; {@code null} otherwise.
     */
    public String constraintName() {
        return constraintName;
    }
}
