package dev.retort.sql;

import dev.retort.sql.compile.CompilerFactory;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.GenericCompilers;

/**
 * A piece of SQL: an expression, a clause, a statement. Immutable once built.
 *
 * <p>{@code toString()} renders generic SQL with named {@code :param} placeholders, as
 * SQLAlchemy's {@code str(stmt)} does; {@link #compile(CompilerFactory) compile(dialect)} renders
 * it for a dialect, with positional placeholders and the ordered parameter values.
 */
public interface ClauseElement {

    /** Calls the visitor method for this element's kind. */
    void accept(SqlVisitor visitor);

    /** Compiles with the generic dialect: named {@code :param} placeholders. */
    default Compiled compile() {
        return GenericCompilers.INSTANCE.sqlCompiler().compile(this);
    }

    /** Compiles for a dialect: its quoting, paging and types, and positional placeholders. */
    default Compiled compile(CompilerFactory dialect) {
        return dialect.sqlCompiler().compile(this);
    }
}
