package dev.retort.dialect.mysql;

import dev.retort.exc.CompileException;
import dev.retort.sql.Column;
import dev.retort.sql.EnumType;
import dev.retort.sql.Index;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.Table;
import dev.retort.sql.compile.DdlCompiler;
import java.util.List;

/**
 * MySQL's and MariaDB's DDL.
 *
 * <ul>
 *   <li>Every table is {@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin}: InnoDB
 *       for transactions and foreign keys whatever the server's default engine; utf8mb4 for all of
 *       Unicode (MySQL's {@code utf8} stops at three bytes); a binary collation so that string
 *       comparison is case- and accent-sensitive, as on the other databases, and two keys the
 *       identity map tells apart ({@code 'ed'}, {@code 'ED'}) are two rows.
 *   <li>Autoincrement keys are {@code AUTO_INCREMENT}.
 *   <li>Index and constraint names longer than 64 characters, MySQL's limit, are shortened to 64
 *       by {@link dev.retort.sql.compile.IdentifierPreparer#truncate}: the same long name always
 *       gives the same short one.
 *   <li>An index belongs to its table: {@code CREATE INDEX i ON t (...)},
 *       {@code DROP INDEX i ON t}.
 *   <li>{@code SET DEFAULT} is refused: InnoDB rejects it.
 *   <li>MariaDB has sequences: a column with one is not {@code AUTO_INCREMENT} there; MySQL
 *       ignores the sequence and keeps {@code AUTO_INCREMENT}.
 *   <li>Enum CHECK values have backslashes doubled, since a backslash escapes in MySQL literals.
 * </ul>
 */
final class MySqlDdlCompiler extends DdlCompiler {
    /** What every CREATE TABLE ends with. */
    static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

    private final boolean sequences;

    /** @param sequences whether the server has sequences (MariaDB does, MySQL does not) */
    MySqlDdlCompiler(boolean sequences) {
        super(MySqlDialect.PREPARER, MySqlDialect.TYPES);
        this.sequences = sequences;
    }

    @Override
    protected boolean supportsSequences() {
        return sequences;
    }

    @Override
    public String createTable(Table table) {
        return super.createTable(table) + TABLE_OPTIONS;
    }

    @Override
    protected String identityClause(Column<?> c) {
        return "AUTO_INCREMENT";
    }

    @Override
    public String createIndex(Index index) {
        StringBuilder b = new StringBuilder(index.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        b.append(preparer.quote(preparer.truncate(index.name()))).append(" ON ").append(preparer.formatTable(index.table()))
                .append(" (");
        List<String> names = index.columnNames();
        for (int i = 0; i < names.size(); i++) {
            b.append(i > 0 ? ", " : "").append(preparer.quote(names.get(i)));
        }
        return b.append(')').toString();
    }

    @Override
    public String dropIndex(Index index) {
        return "DROP INDEX " + preparer.quote(preparer.truncate(index.name())) + " ON " + preparer.formatTable(index.table());
    }

    @Override
    protected String referentialAction(ReferentialAction action, boolean onDelete) {
        if (action == ReferentialAction.SET_DEFAULT) {
            throw new CompileException("MySQL and MariaDB (InnoDB) do not support ON "
                    + (onDelete ? "DELETE" : "UPDATE") + " SET DEFAULT; use NO ACTION, RESTRICT, CASCADE or SET NULL");
        }
        return action.sql();
    }

    @Override
    protected String enumCheck(Column<?> c, EnumType<?> type) {
        StringBuilder b = new StringBuilder("CHECK (").append(preparer.quote(c.name())).append(" IN (");
        List<String> values = type.values();
        for (int i = 0; i < values.size(); i++) {
            b.append(i > 0 ? ", " : "").append(literal(values.get(i)));
        }
        return b.append("))").toString();
    }

    /** A MySQL string literal: backslashes and quotes doubled. */
    static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
