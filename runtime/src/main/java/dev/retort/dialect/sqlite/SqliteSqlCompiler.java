package dev.retort.dialect.sqlite;

import dev.retort.sql.BindParameter;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.compile.SqlCompiler;

/** SQLite's SQL: {@code LIMIT -1} for an offset without limit, RETURNING, no FOR UPDATE. */
final class SqliteSqlCompiler extends SqlCompiler {
    SqliteSqlCompiler() {
        super(SqliteDialect.PREPARER, SqliteDialect.TYPES, true);
    }

    @Override
    protected void renderLimitOffset(Integer limit, Integer offset) {
        if (limit == null) {
            append(" LIMIT -1 OFFSET ");
            process(BindParameter.anonymous("param", offset, SqlTypes.INTEGER));
        } else {
            super.renderLimitOffset(limit, offset);
        }
    }

    /** SQLite has no row locks; a writing transaction locks the database. Left out, as SQLAlchemy does. */
    @Override
    protected String forUpdateClause() {
        return "";
    }
}
