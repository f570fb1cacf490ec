package dev.retort.sql.compile;

/**
 * Generic SQL with named {@code :param} placeholders, as SQLAlchemy's {@code str(statement)}
 * prints it. Used by {@code toString()} and {@code compile()} without a dialect.
 */
public final class GenericCompilers implements CompilerFactory {
    /** The one instance. */
    public static final GenericCompilers INSTANCE = new GenericCompilers();

    private static final IdentifierPreparer PREPARER = new IdentifierPreparer(IdentifierPreparer.SQL_RESERVED_WORDS);
    private static final TypeCompiler TYPES = new TypeCompiler();

    private GenericCompilers() {}

    @Override
    public SqlCompiler sqlCompiler() {
        return new SqlCompiler(PREPARER, TYPES, false);
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new DdlCompiler(PREPARER, TYPES);
    }
}
