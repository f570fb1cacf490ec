package dev.retort.sql;

import dev.retort.sql.compile.CompilerFactory;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.GenericCompilers;

/**
 * A schema statement: {@link CreateTable}, {@link DropTable}, {@link CreateIndex},
 * {@link DropIndex}. {@code createTable(users).compile(dialect).sql()} shows the CREATE TABLE
 * text a dialect would send.
 */
public abstract class DdlStatement implements Executable {

    @Override
    public Compiled compile() {
        return GenericCompilers.INSTANCE.ddlCompiler().compile(this);
    }

    @Override
    public Compiled compile(CompilerFactory dialect) {
        return dialect.ddlCompiler().compile(this);
    }

    @Override
    public boolean returnsRows() {
        return false;
    }

    @Override
    public String toString() {
        return compile().sql();
    }
}
