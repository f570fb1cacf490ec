package dev.retort.dialect.h2;

import dev.retort.sql.compile.SqlCompiler;

/** H2's SQL: generic, with native ILIKE and without RETURNING. H2 types untyped parameters itself. */
final class H2SqlCompiler extends SqlCompiler {
    H2SqlCompiler() {
        super(H2Dialect.PREPARER, H2Dialect.TYPES, true);
    }

    @Override
    protected boolean supportsIlike() {
        return true;
    }

    @Override
    protected boolean supportsReturning() {
        return false;
    }
}
