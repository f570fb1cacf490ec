package dev.retort.exc;

/**
 * A foreign key names a table or column that its {@code MetaData} does not contain. The
 * counterpart of SQLAlchemy's {@code NoReferencedTableError}.
 */
public class NoReferencedTableException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the foreign key and the table or column it could not find
     */
    public NoReferencedTableException(String message) {
        super(message);
    }
}
