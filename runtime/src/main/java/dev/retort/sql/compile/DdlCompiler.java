package dev.retort.sql.compile;

import dev.retort.exc.CompileException;
import dev.retort.sql.CheckConstraint;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.Column;
import dev.retort.sql.Constraint;
import dev.retort.sql.CreateIndex;
import dev.retort.sql.CreateSequence;
import dev.retort.sql.CreateTable;
import dev.retort.sql.DropIndex;
import dev.retort.sql.DropSequence;
import dev.retort.sql.DropTable;
import dev.retort.sql.EnumType;
import dev.retort.sql.ForeignKey;
import dev.retort.sql.ForeignKeyConstraint;
import dev.retort.sql.Index;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.Sequence;
import dev.retort.sql.SqlType;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders CREATE/DROP TABLE and INDEX. Generic SQL here; dialects override the hooks for identity
 * columns, type names and what their database cannot do.
 *
 * <pre>
 * CREATE TABLE fancy (
 *     mykey VARCHAR(50) NOT NULL,
 *     mytimestamp TIMESTAMP,
 *     amount NUMERIC(10, 2),
 *     type VARCHAR(1),
 *     PRIMARY KEY (mykey),
 *     CHECK (type IN ('a', 'b', 'c'))
 * )
 * </pre>
 */
public class DdlCompiler {
    /** The dialect's quoting rules, for table, column, index and constraint names. */
    protected final IdentifierPreparer preparer;
    /** The dialect's type names, for column types in CREATE TABLE and {@link #typeName}. */
    protected final TypeCompiler types;

    /**
     * @param preparer the dialect's quoting rules
     * @param types the dialect's type names
     */
    public DdlCompiler(IdentifierPreparer preparer, TypeCompiler types) {
        this.preparer = preparer;
        this.types = types;
    }

    /** Compiles a DDL statement. */
    public Compiled compile(ClauseElement ddl) {
        String sql;
        if (ddl instanceof CreateTable) {
            sql = createTable(((CreateTable) ddl).table());
        } else if (ddl instanceof DropTable) {
            sql = dropTable(((DropTable) ddl).table());
        } else if (ddl instanceof CreateIndex) {
            sql = createIndex(((CreateIndex) ddl).index());
        } else if (ddl instanceof DropIndex) {
            sql = dropIndex(((DropIndex) ddl).index());
        } else if (ddl instanceof CreateSequence) {
            sql = createSequence(((CreateSequence) ddl).sequence());
        } else if (ddl instanceof DropSequence) {
            sql = dropSequence(((DropSequence) ddl).sequence());
        } else {
            throw new CompileException("Not a DDL statement: " + ddl.getClass().getSimpleName());
        }
        return new Compiled(ddl, sql, List.of(), List.of(), true);
    }

    /** The CREATE TABLE statement. */
    public String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            lines.add(columnSpecification(c));
        }
        for (TableConstraint c : constraints(table)) {
            lines.add(c.clause());
        }
        StringBuilder b = new StringBuilder("CREATE TABLE ").append(preparer.formatTable(table)).append(" (\n");
        for (int i = 0; i < lines.size(); i++) {
            b.append("    ").append(lines.get(i)).append(i < lines.size() - 1 ? ",\n" : "\n");
        }
        return b.append(')').toString();
    }

    /**
     * One constraint of a CREATE TABLE: its name, what it covers and its clause.
     *
     * @param name the constraint's name as given, or as the naming convention made it
     * @param description what it covers, for error messages: {@code UNIQUE (name) on table users}
     * @param clause its clause in CREATE TABLE
     */
    public record TableConstraint(String name, String description, String clause) {}

    /**
     * The constraints CREATE TABLE declares, in order: primary key, table constraints, UNIQUE
     * columns, enum CHECKs. Each has a name: the one it was given, or SQLAlchemy's naming
     * convention — {@code pk_<table>}, {@code uq_<table>_<columns>},
     * {@code fk_<table>_<columns>_<referred table>}, {@code ck_<table>_<column>} for an enum
     * column and {@code ck_<table>_<n>} for the n-th unnamed CHECK — cut to the dialect's
     * identifier length by {@link IdentifierPreparer#truncate}.
     */
    public List<TableConstraint> constraints(Table table) {
        List<TableConstraint> out = new ArrayList<>();
        String pk = primaryKey(table);
        if (pk != null) {
            out.add(new TableConstraint(primaryKeyName(table), "PRIMARY KEY (" + names(table.primaryKey().columns())
                    + ") on table " + table.fullName(), pk));
        }
        int checks = 0;
        for (Constraint con : table.constraints()) {
            String name = con.name();
            String covers;
            if (con instanceof ForeignKeyConstraint) {
                ForeignKeyConstraint fk = (ForeignKeyConstraint) con;
                String referred = fk.referredTableName();
                referred = referred.substring(referred.lastIndexOf('.') + 1);
                name = generated(name != null ? name : "fk_" + table.name() + "_" + String.join("_", fk.columnNames()) + "_" + referred);
                covers = "FOREIGN KEY (" + String.join(", ", fk.columnNames()) + ") on table " + table.fullName()
                        + ", referencing " + fk.referredTableName();
            } else if (con instanceof UniqueConstraint) {
                List<String> cols = ((UniqueConstraint) con).columnNames();
                name = generated(name != null ? name : "uq_" + table.name() + "_" + String.join("_", cols));
                covers = "UNIQUE (" + String.join(", ", cols) + ") on table " + table.fullName();
            } else if (con instanceof CheckConstraint) {
                checks++;
                name = generated(name != null ? name : "ck_" + table.name() + "_" + checks);
                covers = "CHECK (" + ((CheckConstraint) con).sql() + ") on table " + table.fullName();
            } else {
                continue;
            }
            String clause = constraint(con, name);
            if (clause != null) {
                out.add(new TableConstraint(name, covers, clause));
            }
        }
        for (Column<?> c : table.columns()) {
            if (c.isUnique() && !c.isIndexed()) {
                String name = generated("uq_" + table.name() + "_" + c.name());
                out.add(new TableConstraint(name, "UNIQUE (" + c.name() + ") on table " + table.fullName(),
                        "CONSTRAINT " + preparer.quote(name) + " UNIQUE (" + preparer.quote(c.name()) + ")"));
            }
        }
        for (Column<?> c : table.columns()) {
            if (c.type() instanceof EnumType) {
                String name = generated("ck_" + table.name() + "_" + c.name());
                String check = enumCheck(c, (EnumType<?>) c.type());
                out.add(new TableConstraint(name, check + " on table " + table.fullName(),
                        "CONSTRAINT " + preparer.quote(name) + " " + check));
            }
        }
        return out;
    }

    /** A constraint name, given or made by the naming convention, cut to the dialect's identifier length. */
    private String generated(String name) {
        return preparer.truncate(name);
    }

    /** The primary key's name: as given, else {@code pk_<table>}; cut to the identifier length. */
    protected String primaryKeyName(Table table) {
        String given = table.primaryKey().name();
        return generated(given != null ? given : "pk_" + table.name());
    }

    private static String names(List<Column<?>> cols) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            b.append(i > 0 ? ", " : "").append(cols.get(i).name());
        }
        return b.toString();
    }

    /** One column's definition: name, type, default, nullability, identity. */
    protected String columnSpecification(Column<?> c) {
        StringBuilder b = new StringBuilder(preparer.quote(c.name())).append(' ').append(columnType(c));
        if (c.serverDefault() != null) {
            b.append(" DEFAULT ").append(c.serverDefault());
        }
        boolean identity = c.isAutoincrement() && c.table() instanceof Table
                && ((Table) c.table()).autoincrementColumn() == c && !(c.sequence() != null && supportsSequences());
        if (identity) {
            String clause = identityClause(c);
            if (!clause.isEmpty()) {
                b.append(' ').append(clause);
            }
        }
        if (!c.isNullable()) {
            b.append(" NOT NULL");
        }
        return b.toString();
    }

    /** The column's type in DDL. */
    protected String columnType(Column<?> c) {
        return types.render(c.type());
    }

    /**
     * What makes the database generate values for an autoincrement primary key. Generic: nothing
     * (SQLAlchemy prints none either); dialects render IDENTITY or their equivalent.
     */
    protected String identityClause(Column<?> c) {
        return "";
    }

    /** The PRIMARY KEY clause, or {@code null} when the table has none. */
    protected String primaryKey(Table table) {
        List<Column<?>> cols = table.primaryKey().columns();
        if (cols.isEmpty()) {
            return null;
        }
        return "CONSTRAINT " + preparer.quote(primaryKeyName(table)) + " PRIMARY KEY (" + columnList(cols) + ")";
    }

    /** A table constraint's clause under {@code name}, or {@code null} to leave it out. */
    protected String constraint(Constraint con, String name) {
        StringBuilder b = new StringBuilder("CONSTRAINT ").append(preparer.quote(name)).append(' ');
        if (con instanceof ForeignKeyConstraint) {
            return foreignKey((ForeignKeyConstraint) con, b);
        }
        if (con instanceof UniqueConstraint) {
            List<String> names = ((UniqueConstraint) con).columnNames();
            b.append("UNIQUE (");
            for (int i = 0; i < names.size(); i++) {
                b.append(i > 0 ? ", " : "").append(preparer.quote(names.get(i)));
            }
            return b.append(')').toString();
        }
        if (con instanceof CheckConstraint) {
            return b.append("CHECK (").append(((CheckConstraint) con).sql()).append(')').toString();
        }
        return null;
    }

    private String foreignKey(ForeignKeyConstraint fk, StringBuilder b) {
        List<ForeignKey> elements = fk.elements();
        b.append("FOREIGN KEY(").append(columnList(fk.columns())).append(") REFERENCES ");
        ForeignKey first = elements.get(0);
        Table target = first.isResolvable() ? first.targetTable() : null;
        b.append(target != null ? preparer.formatTable(target) : quoteDotted(first.targetTableName())).append(" (");
        for (int i = 0; i < elements.size(); i++) {
            b.append(i > 0 ? ", " : "").append(preparer.quote(elements.get(i).targetColumnName()));
        }
        b.append(')');
        if (fk.onDelete() != null) {
            b.append(" ON DELETE ").append(referentialAction(fk.onDelete(), true));
        }
        if (fk.onUpdate() != null) {
            b.append(" ON UPDATE ").append(referentialAction(fk.onUpdate(), false));
        }
        return b.toString();
    }

    private String quoteDotted(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? preparer.quote(name) : preparer.formatQualified(name.substring(0, dot), name.substring(dot + 1));
    }

    /** An ON DELETE / ON UPDATE action; dialects reject the ones their database lacks. */
    protected String referentialAction(ReferentialAction action, boolean onDelete) {
        return action.sql();
    }

    /** {@code CHECK (type IN ('a', 'b', 'c'))} for an enum column. */
    protected String enumCheck(Column<?> c, EnumType<?> type) {
        StringBuilder b = new StringBuilder("CHECK (").append(preparer.quote(c.name())).append(" IN (");
        List<String> values = type.values();
        for (int i = 0; i < values.size(); i++) {
            b.append(i > 0 ? ", " : "").append(stringLiteral(values.get(i)));
        }
        return b.append("))").toString();
    }

    /** A SQL string literal, quotes doubled. */
    protected static String stringLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private String columnList(List<Column<?>> cols) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            b.append(i > 0 ? ", " : "").append(preparer.quote(cols.get(i).name()));
        }
        return b.toString();
    }

    /** The DROP TABLE statement. */
    public String dropTable(Table table) {
        return "DROP TABLE " + preparer.formatTable(table);
    }

    /** The CREATE INDEX statement. */
    public String createIndex(Index index) {
        StringBuilder b = new StringBuilder(index.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        b.append(preparer.formatQualified(index.table().schema(), preparer.truncate(index.name())))
                .append(" ON ").append(preparer.formatTable(index.table())).append(" (");
        List<String> names = index.columnNames();
        for (int i = 0; i < names.size(); i++) {
            b.append(i > 0 ? ", " : "").append(preparer.quote(names.get(i)));
        }
        return b.append(')').toString();
    }

    /** The DROP INDEX statement. */
    public String dropIndex(Index index) {
        return "DROP INDEX " + preparer.formatQualified(index.table().schema(), preparer.truncate(index.name()));
    }

    /**
     * Whether the database has sequences. When it does, a column with a {@link Column#sequence()}
     * gets no identity clause (its keys come from the sequence); when it does not, the sequence is
     * ignored and the column keeps its identity, as SQLAlchemy does. Generic: no.
     */
    protected boolean supportsSequences() {
        return false;
    }

    /** {@code CREATE SEQUENCE name START WITH start INCREMENT BY increment}. */
    public String createSequence(Sequence sequence) {
        return "CREATE SEQUENCE " + preparer.quote(sequence.name()) + " START WITH " + sequence.start()
                + " INCREMENT BY " + sequence.increment();
    }

    /** {@code DROP SEQUENCE name}. */
    public String dropSequence(Sequence sequence) {
        return "DROP SEQUENCE " + preparer.quote(sequence.name());
    }

    /** The type name a dialect uses for {@code type} (for reflection tests and CAST). */
    public String typeName(SqlType<?> type) {
        return types.render(type);
    }
}
