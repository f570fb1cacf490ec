package dev.retort.exc;

/** A value of the wrong Java type was given for a column or bound parameter of a known SQL type. */
public class TypeMismatchException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the value, the column or parameter it was given for, and the type expected
     */
    public TypeMismatchException(String message) {
        super(message);
    }
}
