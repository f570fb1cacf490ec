package dev.retort.dialect;

import static dev.retort.sql.Expressions.checkConstraint;
import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.Expressions.foreignKey;
import static dev.retort.sql.Expressions.foreignKeyConstraint;
import static dev.retort.sql.Expressions.index;
import static dev.retort.sql.Expressions.primaryKeyConstraint;
import static dev.retort.sql.Expressions.uniqueConstraint;
import static dev.retort.sql.Expressions.uniqueIndex;
import static dev.retort.sql.SqlTypes.BIGINT;
import static dev.retort.sql.SqlTypes.BLOB;
import static dev.retort.sql.SqlTypes.BOOLEAN;
import static dev.retort.sql.SqlTypes.DATE;
import static dev.retort.sql.SqlTypes.DOUBLE;
import static dev.retort.sql.SqlTypes.INSTANT;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.NUMERIC;
import static dev.retort.sql.SqlTypes.REAL;
import static dev.retort.sql.SqlTypes.SMALLINT;
import static dev.retort.sql.SqlTypes.STRING;
import static dev.retort.sql.SqlTypes.TEXT;
import static dev.retort.sql.SqlTypes.TIME;
import static dev.retort.sql.SqlTypes.TIMESTAMP;
import static dev.retort.sql.SqlTypes.TIMESTAMP_TZ;
import static dev.retort.sql.SqlTypes.UUID_TYPE;
import static dev.retort.sql.SqlTypes.enumType;
import static dev.retort.sql.SqlTypes.numeric;
import static dev.retort.sql.SqlTypes.string;
import static dev.retort.sql.SqlTypes.varbinary;

import dev.retort.sql.MetaData;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.Table;
import java.util.List;

/**
 * The tables the dialect tests compile statements against and create on real databases: the
 * seed's {@code users} and {@code addresses}, a table with every type, tables and columns named
 * with reserved words, and foreign keys with referential actions.
 */
final class Fixtures {
    /** A Java enum stored by name. */
    enum Color { RED, GREEN, BLUE }

    final MetaData metadata = new MetaData();

    final Table users = metadata.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)),
            column("fullname", string(50)));

    final Table addresses = metadata.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));

    /** Every type, nullable, with a BIGINT autoincrement key, a unique column and an index. */
    final Table everything = metadata.table("everything",
            column("id", BIGINT).primaryKey(),
            column("i", INTEGER),
            column("s", SMALLINT),
            column("v", string(40)),
            column("vs", STRING),
            column("t", TEXT),
            column("b", BOOLEAN),
            column("r", REAL),
            column("d", DOUBLE),
            column("n", numeric(10, 2)),
            column("nu", NUMERIC),
            column("dt", DATE),
            column("tm", TIME),
            column("ts", TIMESTAMP),
            column("tz", TIMESTAMP_TZ),
            column("ins", INSTANT),
            column("u", UUID_TYPE),
            column("bl", BLOB),
            column("vb", varbinary(16)),
            column("e", enumType("a", "bb", "c")),
            column("color", enumType(Color.values())),
            column("code", string(10)).unique(),
            column("created", TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
            column("qty", INTEGER).nullable(false).serverDefault("0"),
            checkConstraint("qty >= 0"),
            index("ix_everything_i", "i"));

    /** The seed's reserved words as table and column names. */
    final Table user = metadata.table("user",
            column("order", INTEGER).primaryKey(),
            column("left", string(20)),
            column("right", INTEGER),
            column("user", string(20)).index());

    final Table order = metadata.table("order",
            column("id", INTEGER).primaryKey(),
            column("user", INTEGER).foreignKey(foreignKey("user.order").onDelete(ReferentialAction.CASCADE)),
            column("select", string(20)));

    final Table left = metadata.table("left", column("id", INTEGER).primaryKey());

    final Table right = metadata.table("right", column("id", INTEGER).primaryKey());

    final Table association = metadata.table("association",
            column("left_id", INTEGER).foreignKey("left.id"),
            column("right_id", INTEGER).foreignKey("right.id"));

    /** Referential actions, composite and named keys, a key that is not autoincrement. */
    final Table parent = metadata.table("parent",
            column("a", INTEGER),
            column("b", string(10)),
            column("label", string(20)),
            primaryKeyConstraint("a", "b"),
            uniqueConstraint("pk_label", List.of("label")));

    final Table child = metadata.table("child",
            column("id", INTEGER).primaryKey().autoincrement(false),
            column("pa", INTEGER),
            column("pb", string(10)),
            column("owner_id", INTEGER).foreignKey(foreignKey("users.id").onDelete(ReferentialAction.SET_NULL)
                    .name("fk_child_owner")),
            column("counter_id", INTEGER).foreignKey(foreignKey("counter.id").onUpdate(ReferentialAction.RESTRICT)),
            foreignKeyConstraint(List.of("pa", "pb"), List.of("parent.a", "parent.b"), ReferentialAction.CASCADE),
            uniqueIndex("ux_child_pa_pb", "pa", "pb"));

    /** A table whose only column is its autoincrement key (an INSERT with no values). */
    final Table counter = metadata.table("counter", column("id", INTEGER).primaryKey());

    /** A foreign key whose ON UPDATE action only some databases have. */
    Table cascadeOnUpdate(MetaData md) {
        md.table("target", column("id", INTEGER).primaryKey());
        return md.table("source",
                column("id", INTEGER).primaryKey(),
                column("target_id", INTEGER).foreignKey(foreignKey("target.id").onUpdate(ReferentialAction.CASCADE)));
    }

    /** Tables in creation order. */
    List<Table> tables() {
        return metadata.sortedTables();
    }
}
