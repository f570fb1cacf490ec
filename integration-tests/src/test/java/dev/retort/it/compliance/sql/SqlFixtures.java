package dev.retort.it.compliance.sql;

import static dev.retort.Retort.INTEGER;
import static dev.retort.Retort.STRING;
import static dev.retort.Retort.column;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.ClauseElement;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables SQLAlchemy's {@code test/sql/test_compiler.py} declares at module level, and the
 * assertion its {@code AssertsCompiledSQL.assert_compile} makes: the generic SQL of a statement,
 * and optionally its parameters.
 */
final class SqlFixtures {
    final MetaData metadata = new MetaData();

    /** {@code table1}. */
    final Table mytable = metadata.table("mytable",
            column("myid", INTEGER), column("name", STRING), column("description", STRING));

    /** {@code table2}. */
    final Table myothertable = metadata.table("myothertable",
            column("otherid", INTEGER), column("othername", STRING));

    /** {@code table3}. */
    final Table thirdtable = metadata.table("thirdtable",
            column("userid", INTEGER), column("otherstuff", STRING));

    /** {@code users}. */
    final Table users = metadata.table("users",
            column("user_id", INTEGER), column("user_name", STRING), column("password", STRING));

    /** {@code addresses}. */
    final Table addresses = metadata.table("addresses",
            column("address_id", INTEGER), column("user_id", INTEGER), column("street", STRING),
            column("city", STRING), column("state", STRING), column("zip", STRING));

    /** {@code parent}/{@code child}, joined through a foreign key. */
    final Table parent = metadata.table("parent", column("id", INTEGER).primaryKey());

    final Table child = metadata.table("child",
            column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).foreignKey("parent.id"));

    /** SQLAlchemy's {@code assert_compile(element, expected)}: generic SQL with {@code :name} parameters. */
    static void assertCompile(ClauseElement element, String expected) {
        assertEquals(expected, element.compile().sql());
    }

    /** {@code assert_compile(element, expected, checkparams=...)}. */
    static void assertCompile(ClauseElement element, String expected, Map<String, ?> params) {
        assertEquals(expected, element.compile().sql());
        assertEquals(new TreeMap<>(params), new TreeMap<>(element.compile().params()));
    }

    /** {@code str(element)}. */
    static void assertStr(Object element, String expected) {
        assertEquals(expected, element.toString());
    }
}
