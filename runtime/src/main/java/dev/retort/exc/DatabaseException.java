package dev.retort.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * The database rejected a statement. Carries the SQL that was sent, its parameters and the
 * original {@link SQLException} as the cause. Subclasses tell the families apart, chosen from the
 * SQLState (and, where a driver reports none, from the vendor code):
 * {@link IntegrityErrorException} (class 23), {@link DataErrorException} (class 22),
 * {@link ProgrammingErrorException} (class 42) and {@link OperationalErrorException} (connection,
 * transaction rollback, resources). The counterpart of SQLAlchemy's {@code DBAPIError}.
 */
public class DatabaseException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** The SQL text that was sent, or {@code null} for a connection failure. */
    private final String statement;
    private final transient List<?> parameters;
    /** The SQLState the driver reported, or {@code null}. */
    private final String sqlState;
    /** The vendor error code the driver reported. */
    private final int vendorCode;

    /**
     * Wraps a driver exception that belongs to no more specific family.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     */
    public DatabaseException(
            String statement, List<?> parameters, String parametersText, SQLException cause) {
        this(statement, parameters, parametersText, cause, null);
    }

    /**
     * Wraps a driver exception, for subclasses that add advice to the message.
     *
     * @param statement the SQL text that was sent, or {@code null} for a connection failure
     * @param parameters the bound values: one list, or for an executemany a list of lists; {@code null}
     *     for none
     * @param parametersText the parameters as the message shows them (possibly hidden), or
     *     {@code null} to leave them out
     * @param cause the driver's exception, which gives the SQLState and vendor code
     * @param hint what the user should do, appended to the message, or {@code null}
     */
    protected DatabaseException(
            String statement,
            List<?> parameters,
            String parametersText,
            SQLException cause,
            String hint) {
        super(message(cause, statement, parametersText, hint), cause);
        this.statement = statement;
        this.parameters = parameters == null ? List.of() : parameters;
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    private static String message(
            SQLException cause, String statement, String parametersText, String hint) {
        StringBuilder b = new StringBuilder();
        b.append('(');
        b.append(cause.getSQLState() == null ? "no SQLState" : "SQLState " + cause.getSQLState());
        if (cause.getErrorCode() != 0) {
            b.append(", code ").append(cause.getErrorCode());
        }
        b.append(") ").append(cause.getMessage());
        if (statement != null) {
            b.append("\n[SQL: ").append(statement).append(']');
        }
        if (parametersText != null) {
            b.append("\n[parameters: ").append(parametersText).append(']');
        }
        if (hint != null) {
            b.append('\n').append(hint);
        }
        return b.toString();
    }

    /** The SQL text that was sent to the database, or {@code null} for a connection failure. */
    public String statement() {
        return statement;
    }

    /**
     * The parameters that were bound: one list of values, or for an executemany a list of lists.
     * Empty after serialization.
     */
    public List<?> parameters() {
        return parameters == null ? List.of() : parameters;
    }

    /** The SQLState the driver reported, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The vendor error code the driver reported. */
    public int vendorCode() {
        return vendorCode;
    }

    /** The original exception from the driver. */
    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
