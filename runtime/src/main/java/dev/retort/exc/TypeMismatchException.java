package dev.retort.exc;

/** A value of the wrong Java type was given for a column or bound parameter of a known SQL type. */
public class TypeMismatchException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    public TypeMismatchException(String message) {
        super(message);
    }
}
