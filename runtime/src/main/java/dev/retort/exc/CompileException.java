package dev.retort.exc;

/** A statement cannot be rendered as SQL, for example a feature the target dialect lacks. */
public class CompileException extends RetortException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be rendered, and what to do instead
     */
    public CompileException(String message) {
        super(message);
    }
}
