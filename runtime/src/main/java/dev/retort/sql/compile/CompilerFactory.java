package dev.retort.sql.compile;

/**
 * Makes compilers for one flavour of SQL. Every dialect is one; {@link GenericCompilers} renders
 * the generic SQL used by {@code toString()}.
 */
public interface CompilerFactory {

    /** A fresh compiler for queries and DML. */
    SqlCompiler sqlCompiler();

    /** A fresh compiler for schema statements. */
    DdlCompiler ddlCompiler();
}
