package dev.retort.engine.reflect;

import dev.retort.sql.Column;
import dev.retort.sql.ForeignKeyConstraint;
import dev.retort.sql.Index;
import dev.retort.sql.MetaData;
import dev.retort.sql.PrimaryKeyConstraint;
import dev.retort.sql.SchemaItem;
import dev.retort.sql.SqlType;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a {@link TableDescription} into a {@link Table} of a {@link MetaData}. */
final class TableBuilder {
    private TableBuilder() {}

    /**
     * Builds the table and adds it to {@code metadata}. Foreign keys name their targets
     * {@code table.column} (or {@code schema.table.column} for another schema), resolved through
     * the MetaData once the referred tables are there.
     *
     * @param schema the schema the table was asked for in; {@code null} for the default one.
     *     Referred tables of the same schema are named in it too.
     */
    static Table build(MetaData metadata, String schema, TableDescription d) {
        List<SchemaItem> items = new ArrayList<>();
        Set<String> uniqueColumns = new HashSet<>();
        for (UniqueConstraintInfo u : d.uniqueConstraints()) {
            if (u.columns().size() == 1) {
                uniqueColumns.add(u.columns().get(0));
            }
        }
        for (ColumnInfo c : d.columns()) {
            items.add(column(c, uniqueColumns.contains(c.name())));
        }
        if (!d.primaryKey().columns().isEmpty()) {
            items.add(new PrimaryKeyConstraint(d.primaryKey().name(), d.primaryKey().columns()));
        }
        for (ForeignKeyInfo fk : d.foreignKeys()) {
            String table = fullName(fk.referredSchema() != null ? fk.referredSchema() : schema, fk.referredTable());
            List<String> targets = new ArrayList<>();
            for (String col : fk.referredColumns()) {
                targets.add(table + "." + col);
            }
            items.add(new ForeignKeyConstraint(fk.name(), fk.constrainedColumns(), targets, fk.onDelete(), null));
        }
        for (UniqueConstraintInfo u : d.uniqueConstraints()) {
            if (u.columns().size() > 1) {
                items.add(new UniqueConstraint(u.name(), u.columns()));
            }
        }
        for (IndexInfo i : d.indexes()) {
            items.add(new Index(i.name(), i.columns(), i.unique()));
        }
        return Table.builder(d.name()).schema(schema).metadata(metadata).add(items).build();
    }

    /**
     * The column: type, autoincrement always explicit, server default. Nullability is set for
     * columns outside the primary key only; key columns are NOT NULL (SQLite reports its key
     * columns nullable unless declared NOT NULL).
     */
    private static Column<?> column(ColumnInfo c, boolean unique) {
        Column<?> col = newColumn(c.name(), c.type()).autoincrement(c.autoincrement());
        if (!c.primaryKey()) {
            col.nullable(c.nullable());
        }
        if (c.defaultValue() != null) {
            col.serverDefault(c.defaultValue());
        }
        if (unique) {
            col.unique();
        }
        return col;
    }

    private static <T> Column<T> newColumn(String name, SqlType<T> type) {
        return new Column<>(name, type);
    }

    /** The MetaData key of a table: {@code schema.name} or {@code name}. */
    static String fullName(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
