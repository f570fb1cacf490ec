package dev.retort.engine.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.Column;
import dev.retort.sql.Constraint;
import dev.retort.sql.ForeignKey;
import dev.retort.sql.ForeignKeyConstraint;
import dev.retort.sql.Index;
import dev.retort.sql.MetaData;
import dev.retort.sql.PrimaryKeyConstraint;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Tables declared with Retort's schema objects, and a comparison of them with reflected ones. */
final class RoundTrip {
    private RoundTrip() {}

    private static <T> Column<T> col(String name, SqlType<T> type) {
        return new Column<>(name, type);
    }

    /** The seed's user and address, composite keys, indexes, and every type the suite knows. */
    static MetaData tables() {
        MetaData md = new MetaData();
        md.table("user",
                col("id", SqlTypes.INTEGER).primaryKey(),
                col("name", SqlTypes.string(50)).nullable(false),
                col("fullname", SqlTypes.string(100)).serverDefault("'x'"));
        md.table("address",
                col("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
                col("email_address", SqlTypes.string(100)).nullable(false).unique(),
                col("user_id", SqlTypes.INTEGER).foreignKey("user.id").index());
        md.table("parent",
                col("a", SqlTypes.INTEGER),
                col("b", SqlTypes.string(10)),
                new PrimaryKeyConstraint(null, List.of("b", "a")));
        md.table("child",
                col("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
                col("pa", SqlTypes.INTEGER),
                col("pb", SqlTypes.string(10)),
                col("n", SqlTypes.INTEGER).serverDefault("42"),
                new ForeignKeyConstraint("fk_child_parent", List.of("pb", "pa"), List.of("parent.b", "parent.a"),
                        ReferentialAction.CASCADE, null),
                new UniqueConstraint(null, List.of("pa", "n")),
                new Index("ix_child_n", List.of("n"), false),
                new Index("ux_child_pb_id", List.of("pb", "id"), true));
        md.table("kinds",
                col("id", SqlTypes.BIGINT).primaryKey(),
                col("si", SqlTypes.SMALLINT).nullable(false),
                col("vc", SqlTypes.string(33)),
                col("cl", SqlTypes.TEXT),
                col("bo", SqlTypes.BOOLEAN),
                col("r", SqlTypes.REAL),
                col("d", SqlTypes.DOUBLE),
                col("nu", SqlTypes.numeric(10, 2)),
                col("da", SqlTypes.DATE),
                col("ti", SqlTypes.TIME),
                col("ts", SqlTypes.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
                col("bl", SqlTypes.BLOB));
        return md;
    }

    /**
     * Asserts {@code reflected} holds the tables of {@code original}: names, column types (kind
     * and parameters), nullability, defaults, autoincrement, primary keys, foreign keys (target
     * table and columns, ON DELETE), unique constraints and indexes. Constraint names the
     * database made up are not compared.
     *
     * @param stringDefault how a string literal DEFAULT reads back on this database
     * @param uniquesAsIndexes whether UNIQUE constraints read back as unique indexes
     * @param dropsDuplicateIndexes whether the database skips CREATE INDEX over the columns of
     *     a key's own index (Derby: "duplicate index", a warning, and no index)
     * @param integerKeysAutoincrement whether a table's only INTEGER primary key column always
     *     gets generated values (SQLite's rowid alias), whatever it was declared with
     */
    static void assertSameTables(MetaData original, MetaData reflected, UnaryOperator<String> stringDefault,
            boolean uniquesAsIndexes, boolean dropsDuplicateIndexes, boolean integerKeysAutoincrement) {
        assertEquals(new TreeSet<>(original.tables().keySet()), new TreeSet<>(reflected.tables().keySet()));
        for (Table o : original.tables().values()) {
            Table r = reflected.getTable(o.name());
            assertEquals(o.columns().keys(), r.columns().keys(), o.name());
            for (Column<?> oc : o.columns()) {
                Column<?> rc = r.c(oc.name());
                String where = o.name() + "." + oc.name();
                // SQLite: an autoincrement key is declared INTEGER whatever its integer kind (only INTEGER is the rowid)
                boolean rowidKey = integerKeysAutoincrement && oc.isAutoincrement();
                assertEquals(rowidKey ? SqlTypes.INTEGER : oc.type(), rc.type(), where + " type");
                assertEquals(oc.isNullable(), rc.isNullable(), where + " nullable");
                assertEquals(oc.isPrimaryKey(), rc.isPrimaryKey(), where + " primary key");
                boolean rowidAlias = integerKeysAutoincrement && oc.isPrimaryKey()
                        && o.primaryKey().columns().size() == 1 && oc.type().kind() == dev.retort.sql.TypeKind.INTEGER;
                assertEquals(oc.isAutoincrement() || rowidAlias, rc.isAutoincrement(), where + " autoincrement");
                String def = oc.serverDefault();
                assertEquals(def != null && def.startsWith("'") ? stringDefault.apply(def) : def, rc.serverDefault(),
                        where + " default");
            }
            assertEquals(names(o.primaryKey().columns()), names(r.primaryKey().columns()), o.name() + " primary key");
            assertEquals(foreignKeys(o), foreignKeys(r), o.name() + " foreign keys");
            Set<String> oIndexes = indexes(o.indexes());
            if (dropsDuplicateIndexes) {
                Set<List<String>> keys = keyColumns(o);
                o.indexes().stream().filter(i -> keys.contains(i.columnNames())).forEach(i -> oIndexes.remove(describe(i)));
            }
            Set<String> rIndexes = indexes(r.indexes());
            Set<String> rUniques = uniques(r);
            if (uniquesAsIndexes) {
                for (Index i : r.indexes()) {
                    if (i.isUnique() && !oIndexes.contains(describe(i))) {
                        rIndexes.remove(describe(i));
                        rUniques.add(i.columnNames().toString());
                    }
                }
            }
            assertEquals(oIndexes, rIndexes, o.name() + " indexes");
            assertEquals(uniques(o), rUniques, o.name() + " unique constraints");
        }
    }

    private static List<String> names(List<Column<?>> columns) {
        List<String> names = new ArrayList<>();
        for (Column<?> c : columns) {
            names.add(c.name());
        }
        return names;
    }

    private static Set<String> foreignKeys(Table t) {
        Set<String> set = new TreeSet<>();
        for (ForeignKeyConstraint fk : t.foreignKeyConstraints()) {
            List<String> targets = new ArrayList<>();
            for (ForeignKey e : fk.elements()) {
                targets.add(e.column().name());
            }
            set.add(fk.columnNames() + " -> " + fk.referredTable().name() + targets + " ON DELETE " + fk.onDelete());
        }
        return set;
    }

    /** The column lists of the table's primary, foreign and unique keys. */
    private static Set<List<String>> keyColumns(Table t) {
        Set<List<String>> keys = new HashSet<>();
        keys.add(names(t.primaryKey().columns()));
        for (ForeignKeyConstraint fk : t.foreignKeyConstraints()) {
            keys.add(fk.columnNames());
        }
        for (Column<?> c : t.columns()) {
            if (c.isUnique()) {
                keys.add(List.of(c.name()));
            }
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof UniqueConstraint) {
                keys.add(((UniqueConstraint) c).columnNames());
            }
        }
        return keys;
    }

    private static String describe(Index i) {
        return i.name() + i.columnNames() + (i.isUnique() ? " unique" : "");
    }

    private static Set<String> indexes(List<Index> indexes) {
        Set<String> set = new TreeSet<>();
        for (Index i : indexes) {
            set.add(describe(i));
        }
        return set;
    }

    private static Set<String> uniques(Table t) {
        Set<String> set = new TreeSet<>();
        for (Column<?> c : t.columns()) {
            if (c.isUnique()) {
                set.add(List.of(c.name()).toString());
            }
        }
        for (Constraint c : t.constraints()) {
            if (c instanceof UniqueConstraint) {
                set.add(((UniqueConstraint) c).columnNames().toString());
            }
        }
        return set;
    }
}
