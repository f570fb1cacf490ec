package dev.retort.dialect.sqlite;

import dev.retort.sql.Column;
import dev.retort.sql.Index;
import dev.retort.sql.Table;
import dev.retort.sql.TypeKind;
import dev.retort.sql.compile.DdlCompiler;
import java.util.List;

/**
 * SQLite's DDL: the autoincrement primary key declared {@code INTEGER PRIMARY KEY AUTOINCREMENT}
 * (the rowid alias; only the exact type {@code INTEGER} is one, so BIGINT keys are declared
 * INTEGER too, and AUTOINCREMENT stops SQLite from handing a deleted row's key to the next
 * insert, as identity columns elsewhere never do), and
 * {@code CREATE INDEX [schema.]name ON table (...)} with an unqualified table, as SQLite requires.
 */
final class SqliteDdlCompiler extends DdlCompiler {
    SqliteDdlCompiler() {
        super(SqliteDialect.PREPARER, SqliteDialect.TYPES);
    }

    @Override
    protected String columnType(Column<?> c) {
        TypeKind k = c.type().storageType().kind();
        boolean integer = k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.SMALLINT;
        if (integer && c.table() instanceof Table && ((Table) c.table()).autoincrementColumn() == c) {
            return "INTEGER";
        }
        return super.columnType(c);
    }

    @Override
    protected String identityClause(Column<?> c) {
        return "PRIMARY KEY AUTOINCREMENT";
    }

    /** No table-level PRIMARY KEY when the key is the autoincrement column: it is declared inline. */
    @Override
    protected String primaryKey(Table table) {
        Column<?> auto = table.autoincrementColumn();
        if (auto != null && table.primaryKey().columns().size() == 1 && table.primaryKey().name() == null) {
            return null;
        }
        return super.primaryKey(table);
    }

    @Override
    public String createIndex(Index index) {
        StringBuilder b = new StringBuilder(index.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        b.append(preparer.formatQualified(index.table().schema(), preparer.truncate(index.name())))
                .append(" ON ").append(preparer.quote(index.table().name())).append(" (");
        List<String> names = index.columnNames();
        for (int i = 0; i < names.size(); i++) {
            b.append(i > 0 ? ", " : "").append(preparer.quote(names.get(i)));
        }
        return b.append(')').toString();
    }
}
