package dev.retort.processor.write;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.DdlStatement;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.IndexModel;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.model.SqlTypeModel;
import dev.retort.sql.Column;
import dev.retort.sql.ForeignKey;
import dev.retort.sql.Index;
import dev.retort.sql.MetaData;
import dev.retort.sql.SchemaItem;
import dev.retort.sql.Sequence;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;
import dev.retort.sql.compile.DdlCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a base's schema as DDL at compile time, by building the same {@code dev.retort.sql}
 * tables the generated code builds at run time (converters by their stored type, enums by their
 * constant names) and asking each dialect's {@code DdlCompiler} for the statements. Written as
 * {@code META-INF/retort/<base>.<dialect>.sql}; the Derby text is also what {@code @Query}
 * verification runs.
 */
public final class DdlWriter {
    private DdlWriter() {}

    /** Statements are separated by this in the resource. */
    public static final String SEPARATOR = ";\n\n";

    /** The resource path of {@code plan}'s DDL for {@code dialect}. */
    public static String resourceName(SchemaPlan plan, Dialect dialect) {
        return "META-INF/retort/" + plan.base().type().canonicalName() + "." + dialect.name() + ".sql";
    }

    /** The tables of {@code plan} in creation order, in a MetaData so foreign keys resolve. */
    public static List<Table> tables(SchemaPlan plan) {
        List<Table> tables = new ArrayList<>();
        for (SchemaPlan.TableRef ref : plan.creationOrder()) {
            tables.add(ref.entity() != null ? table(ref.entity()) : table(ref.association()));
        }
        MetaData.of(tables.toArray(new Table[0]));
        return tables;
    }

    /** The CREATE TABLE and CREATE INDEX statements for {@code dialect}, in creation order. */
    public static List<String> statements(List<Table> tables, Dialect dialect) {
        List<String> out = new ArrayList<>();
        for (Table t : tables) {
            for (DdlStatement s : statements(t, dialect)) {
                out.add(s.sql());
            }
        }
        return out;
    }

    /**
     * The CREATE TABLE and CREATE INDEX statements of one table, after the CREATE SEQUENCE of its
     * key's sequence where the dialect has sequences.
     */
    public static List<DdlStatement> statements(Table t, Dialect dialect) {
        DdlCompiler ddl = dialect.ddlCompiler();
        List<DdlStatement> out = new ArrayList<>();
        if (dialect.supports(Feature.SEQUENCES)) {
            for (Column<?> c : t.columns()) {
                if (c.sequence() != null) {
                    out.add(new DdlStatement(t.fullName(), ddl.createSequence(c.sequence())));
                }
            }
        }
        out.add(new DdlStatement(t.fullName(), ddl.createTable(t)));
        for (Index i : t.indexes()) {
            out.add(new DdlStatement(t.fullName(), ddl.createIndex(i)));
        }
        return out;
    }

    /** The resource text: the statements separated by {@link #SEPARATOR}, ending with {@code ;\n}. */
    public static String text(List<String> statements) {
        return statements.isEmpty() ? "" : String.join(SEPARATOR, statements) + ";\n";
    }

    private static Table table(EntityPlan plan) {
        EntityModel e = plan.entity();
        Table.Builder b = Table.builder(e.table()).schema(e.schema());
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            b.add(column(e, c, i == plan.autoincrementIndex()));
        }
        for (int i = 0; i < e.indexes().size(); i++) {
            IndexModel index = e.indexes().get(i);
            List<String> cols = plan.indexColumns().get(i);
            if (index.constraint()) {
                b.add(new UniqueConstraint(index.name(), cols));
            } else {
                String name = index.name() != null ? index.name() : "ix_" + e.table() + "_" + String.join("_", cols);
                b.add(new Index(name, cols, index.unique()));
            }
        }
        return b.build();
    }

    private static SchemaItem column(EntityModel e, ColumnModel c, boolean autoincrement) {
        Column<?> col = new Column<>(c.name(), type(c.type()));
        if (c.primaryKey()) {
            col.primaryKey();
            boolean runtimeAuto = c.type().isInteger() && c.foreignKey() == null && c.serverDefault() == null
                    && e.primaryKey().size() == 1;
            if (runtimeAuto && !autoincrement) {
                col.autoincrement(false);
            }
        } else if (c.explicitNotNull()) {
            col.nullable(false);
        }
        if (c.unique()) {
            col.unique();
        }
        if (c.index()) {
            col.index();
        }
        if (c.foreignKey() != null) {
            ForeignKey fk = new ForeignKey(c.foreignKey().spec());
            if (c.foreignKey().onDelete() != null) {
                fk.onDelete(c.foreignKey().onDelete());
            }
            col.foreignKey(fk);
        }
        if (c.serverDefault() != null) {
            col.serverDefault(c.serverDefault());
        }
        if (c.sequence() != null && autoincrement) {
            col.sequence(new Sequence(c.sequence(), 1, c.allocationSize()));
        }
        return col;
    }

    private static Table table(AssociationModel a) {
        Table.Builder b = Table.builder(a.name()).schema(a.schema());
        for (AssociationModel.Column c : a.columns()) {
            b.add(new Column<>(c.name(), type(c.type())).primaryKey().foreignKey(c.references()));
        }
        return b.build();
    }

    /** The runtime type with the same DDL as {@code t}. */
    static SqlType<?> type(SqlTypeModel t) {
        switch (t.kind()) {
            case VARCHAR: return SqlTypes.string(t.length());
            case VARBINARY: return SqlTypes.varbinary(t.length());
            case NUMERIC: return t.precision() == null ? SqlTypes.NUMERIC : SqlTypes.numeric(t.precision(), t.scale());
            case ENUM: return SqlTypes.enumType(t.enumValues().toArray(new String[0]));
            default: return SqlTypes.ofKind(t.kind());
        }
    }
}
