package dev.retort.it.compliance.sql;

import static dev.retort.Retort.BLOB;
import static dev.retort.Retort.DATE;
import static dev.retort.Retort.DOUBLE;
import static dev.retort.Retort.INTEGER;
import static dev.retort.Retort.TEXT;
import static dev.retort.Retort.column;
import static dev.retort.Retort.foreignKeyConstraint;
import static dev.retort.Retort.index;
import static dev.retort.Retort.inspect;
import static dev.retort.Retort.numeric;
import static dev.retort.Retort.primaryKeyConstraint;
import static dev.retort.Retort.string;
import static dev.retort.Retort.text;
import static dev.retort.Retort.uniqueConstraint;
import static dev.retort.Retort.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.reflect.Inspector;
import dev.retort.exc.NoSuchTableException;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.sql.Column;
import dev.retort.sql.Index;
import dev.retort.sql.Join;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reflection cases ported from SQLAlchemy's {@code test/engine/test_reflection.py}: a schema is
 * created, reflected into a new {@link MetaData}, and compared with what was declared. One
 * subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReflectionComplianceSuite implements DialectAware {
    private Engine engine;
    private MetaData metadata;
    private final List<String> rawTables = new ArrayList<>();

    /** The database this subclass runs on. */
    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect();
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @BeforeEach
    void start() {
        if (engine == null) {
            engine = database().newEngine(); // here, not in @BeforeAll: a missing server skips each test visibly
        }
        metadata = new MetaData();
    }

    @AfterEach
    void dropEverything() {
        if (engine == null) {
            return;
        }
        metadata.dropAll(engine);
        for (String t : rawTables) {
            MetaData m = new MetaData();
            if (inspect(engine).hasTable(t)) {
                m.reflectTable(t, engine).drop(engine);
            }
        }
        rawTables.clear();
    }

    private void execute(String ddl, String table) {
        rawTables.add(table);
        try (Connection conn = engine.begin()) {
            conn.execute(text(ddl));
        }
    }

    /** SQLAlchemy's {@code ComparesTables.assert_tables_equal}: names, keys, nullability, foreign keys. */
    private static void assertTablesEqual(Table declared, Table reflected) {
        assertEquals(declared.name(), reflected.name());
        assertEquals(declared.columns().keys(), reflected.columns().keys());
        for (Column<?> c : declared.columns()) {
            Column<?> r = reflected.c(c.name());
            assertEquals(c.isPrimaryKey(), r.isPrimaryKey(), "primary key flag of " + c.name());
            assertEquals(c.isNullable(), r.isNullable(), "nullability of " + c.name());
            assertEquals(c.type().kind(), r.type().kind(), "type kind of " + c.name());
            assertEquals(c.foreignKeys().size(), r.foreignKeys().size(), "foreign keys of " + c.name());
            for (int i = 0; i < c.foreignKeys().size(); i++) {
                assertEquals(target(c.foreignKeys().get(i).column()), target(r.foreignKeys().get(i).column()));
            }
        }
        assertEquals(names(declared.primaryKey().columns()), names(reflected.primaryKey().columns()));
    }

    private static String target(Column<?> referenced) {
        return ((Table) referenced.table()).name() + "." + referenced.name();
    }

    private static List<String> names(List<Column<?>> cols) {
        List<String> out = new ArrayList<>();
        cols.forEach(c -> out.add(c.name()));
        return out;
    }

    // test_reflection.py::ReflectionTest::test_basic_reflection
    @Test
    void basicReflection() {
        Table users = metadata.table("engine_users",
                column("user_id", INTEGER).primaryKey(),
                column("user_name", string(20)).nullable(false),
                column("test1", string(5)).nullable(false),
                column("test2", DOUBLE).nullable(false),
                column("test3", TEXT),
                column("test4", numeric(10, 2)).nullable(false),
                column("test5", DATE),
                column("parent_user_id", INTEGER).foreignKey("engine_users.user_id"),
                column("test6", DATE).nullable(false),
                column("test7", TEXT),
                column("test8", BLOB),
                column("test_passivedefault2", INTEGER).serverDefault("5"),
                column("test10", numeric(10, 2)));
        Table addresses = metadata.table("engine_email_addresses",
                column("address_id", INTEGER).primaryKey(),
                column("remote_user_id", INTEGER).foreignKey("engine_users.user_id"),
                column("email_address", string(20)));
        metadata.createAll(engine);
        MetaData meta2 = new MetaData();
        assertTablesEqual(users, meta2.reflectTable("engine_users", engine));
        assertTablesEqual(addresses, meta2.reflectTable("engine_email_addresses", engine));
    }

    // test_reflection.py::ReflectionTest::test_autoload_with_imply_autoload
    @Test
    void reflectedTableEqualsTheDeclaredOne() {
        Table t = metadata.table("t", column("id", INTEGER).primaryKey(), column("x", string(20)),
                column("y", INTEGER));
        metadata.createAll(engine);
        assertTablesEqual(t, new MetaData().reflectTable("t", engine));
    }

    // test_reflection.py::ReflectionTest::test_two_foreign_keys
    @Test
    void twoForeignKeys() {
        metadata.table("t2", column("id", INTEGER).primaryKey());
        metadata.table("t3", column("id", INTEGER).primaryKey());
        metadata.table("t1", column("id", INTEGER).primaryKey(),
                column("t2id", INTEGER).foreignKey("t2.id"), column("t3id", INTEGER).foreignKey("t3.id"));
        metadata.createAll(engine);
        MetaData meta2 = new MetaData();
        Table t1r = meta2.reflectTable("t1", engine);
        Table t2r = meta2.reflectTable("t2", engine);
        Table t3r = meta2.reflectTable("t3", engine);
        assertTrue(t1r.c("t2id").references(t2r.c("id")));
        assertTrue(t1r.c("t3id").references(t3r.c("id")));
    }

    // test_reflection.py::ReflectionTest::test_nonexistent
    @Test
    void nonexistentTableRaisesAndLeavesNothing() {
        MetaData meta = new MetaData();
        assertThrows(NoSuchTableException.class, () -> meta.reflectTable("nonexistent", engine));
        assertFalse(meta.tables().containsKey("nonexistent"));
    }

    // test_reflection.py::ReflectionTest::test_autoincrement_col
    @Test
    void autoincrementColumnFollowsSqlAlchemysPolicy() {
        metadata.table("test", column("id", INTEGER).primaryKey(), column("data", string(50)));
        metadata.table("test2", column("id", INTEGER).foreignKey("test.id").primaryKey(),
                column("id2", INTEGER).primaryKey(), column("data", string(50)));
        metadata.createAll(engine);
        MetaData m2 = new MetaData();
        Table t1a = m2.reflectTable("test", engine);
        assertSame(t1a.c("id"), t1a.autoincrementColumn());
        Table t2a = m2.reflectTable("test2", engine);
        assertNull(t2a.autoincrementColumn());
    }

    // test_reflection.py::ReflectionTest::test_pks_not_uniques
    @Test
    void primaryKeyIsNotTrippedByUniqueConstraints() {
        execute("CREATE TABLE book (id INTEGER NOT NULL, title VARCHAR(100) NOT NULL, series INTEGER, "
                + "series_id INTEGER, UNIQUE(series, series_id), PRIMARY KEY(id))", "book");
        Table book = metadata.reflectTable("book", engine);
        assertEquals(List.of("id"), names(book.primaryKey().columns()));
    }

    // test_reflection.py::ReflectionTest::test_composite_pks
    @Test
    void compositePrimaryKey() {
        execute("CREATE TABLE book (id INTEGER NOT NULL, isbn VARCHAR(50) NOT NULL, title VARCHAR(100) NOT NULL, "
                + "series INTEGER NOT NULL, series_id INTEGER NOT NULL, UNIQUE(series, series_id), "
                + "PRIMARY KEY(id, isbn))", "book");
        Table book = metadata.reflectTable("book", engine);
        assertEquals(List.of("id", "isbn"), names(book.primaryKey().columns()));
        assertFalse(book.primaryKey().columns().contains(book.c("series")));
    }

    // test_reflection.py::ReflectionTest::test_composite_fk
    @Test
    void compositeForeignKeyJoinsOnAllItsColumns() {
        Table multi = metadata.table("multi", column("multi_id", INTEGER), column("multi_rev", INTEGER),
                column("multi_hoho", INTEGER), column("name", string(50)).nullable(false), column("val", string(100)),
                primaryKeyConstraint("multi_id", "multi_rev", "multi_hoho"));
        Table multi2 = metadata.table("multi2", column("id", INTEGER).primaryKey(), column("foo", INTEGER),
                column("bar", INTEGER), column("lala", INTEGER), column("data", string(50)),
                foreignKeyConstraint(List.of("foo", "bar", "lala"),
                        List.of("multi.multi_id", "multi.multi_rev", "multi.multi_hoho")));
        metadata.createAll(engine);
        MetaData meta2 = new MetaData();
        Table table = meta2.reflectTable("multi", engine);
        Table table2 = meta2.reflectTable("multi2", engine);
        assertTablesEqual(multi, table);
        assertTablesEqual(multi2, table2);
        Join j = table.join(table2);
        assertEquals("multi.multi_id = multi2.foo AND multi.multi_rev = multi2.bar AND multi.multi_hoho = multi2.lala",
                j.onClause().toString());
    }

    // test_reflection.py::ReflectionTest::test_reserved
    @Test
    void reservedWordsAsNames() {
        Table select = metadata.table("select", column("not", INTEGER).primaryKey(),
                column("from", string(12)).nullable(false), uniqueConstraint("when", List.of("from")),
                index("where", "from"));
        Table isTable = metadata.table("is", column("or", INTEGER).nullable(false),
                column("join", INTEGER).nullable(false), primaryKeyConstraint("or", "join"), index("else", "join"));
        Table falseTable = metadata.table("false", column("create", INTEGER).primaryKey(),
                column("true", INTEGER).foreignKey("select.not"));
        metadata.createAll(engine);
        MetaData meta2 = new MetaData();
        assertTablesEqual(select, meta2.reflectTable("select", engine));
        assertTablesEqual(falseTable, meta2.reflectTable("false", engine));
        assertTablesEqual(isTable, meta2.reflectTable("is", engine));
    }

    // test_reflection.py::ReflectionTest::test_reflect_all
    @Test
    void reflectAll() {
        Set<String> names = new TreeSet<>(List.of("rt_a", "rt_b", "rt_c", "rt_d", "rt_e"));
        for (String n : names) {
            metadata.table(n, column("id", INTEGER).primaryKey());
        }
        metadata.createAll(engine);
        MetaData m1 = new MetaData();
        assertTrue(m1.tables().isEmpty());
        m1.reflect(engine);
        assertTrue(m1.tables().keySet().containsAll(names), m1.tables().keySet().toString());
    }

    // test_reflection.py::ReflectionTest::test_index_reflection
    @Test
    void indexReflection() {
        metadata.table("party", column("id", INTEGER).nullable(false), column("name", string(20)).index(),
                uniqueIndex("idx1", "id"), index("idx2", "name", "id"));
        metadata.createAll(engine);
        Table t2 = new MetaData().reflectTable("party", engine);
        List<Index> indexes = new ArrayList<>(t2.indexes());
        indexes.sort(Comparator.comparing(Index::name));
        assertEquals(3, indexes.size(), indexes.toString());
        Index r1 = indexes.get(0);
        Index r2 = indexes.get(1);
        Index r3 = indexes.get(2);
        assertEquals("idx1", r1.name());
        assertEquals("idx2", r2.name());
        assertTrue(r1.isUnique());
        assertFalse(r2.isUnique());
        assertFalse(r3.isUnique());
        assertEquals(List.of("id"), r1.columnNames());
        assertEquals(Set.of("name", "id"), Set.copyOf(r2.columnNames()));
        assertEquals(List.of("name"), r3.columnNames());
    }

    private MetaData createDropMetadata() {
        MetaData m = new MetaData();
        m.table("users", column("user_id", INTEGER).primaryKey(), column("user_name", string(40)));
        m.table("email_addresses", column("address_id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.user_id"), column("email_address", string(40)));
        m.table("orders", column("order_id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.user_id"), column("description", string(50)),
                column("isopen", INTEGER));
        m.table("items", column("item_id", INTEGER).primaryKey(),
                column("order_id", INTEGER).foreignKey("orders.order_id"), column("item_name", string(50)));
        return m;
    }

    // test_reflection.py::CreateDropTest::test_sorter
    @Test
    void sortedTablesFollowForeignKeys() {
        List<String> tableNames = new ArrayList<>();
        createDropMetadata().sortedTables().forEach(t -> tableNames.add(t.name()));
        assertTrue(tableNames.indexOf("users") < tableNames.indexOf("email_addresses"), tableNames.toString());
        assertTrue(tableNames.indexOf("orders") < tableNames.indexOf("items"), tableNames.toString());
    }

    // test_reflection.py::CreateDropTest::test_checkfirst
    @Test
    void createAndDropWithCheckFirst() {
        metadata = createDropMetadata();
        Table users = metadata.getTable("users");
        assertFalse(inspect(engine).hasTable("users"));
        users.create(engine);
        assertTrue(inspect(engine).hasTable("users"));
        users.create(engine, true);
        users.drop(engine);
        users.drop(engine, true);
        assertFalse(inspect(engine).hasTable("users"));
        users.create(engine, true);
        users.drop(engine);
        assertFalse(inspect(engine).hasTable("users"));
    }

    // test_reflection.py::CreateDropTest::test_createdrop
    @Test
    void createAllAndDropAllTwice() {
        metadata = createDropMetadata();
        metadata.createAll(engine);
        assertTrue(inspect(engine).hasTable("items"));
        assertTrue(inspect(engine).hasTable("email_addresses"));
        metadata.createAll(engine);
        assertTrue(inspect(engine).hasTable("items"));
        metadata.dropAll(engine);
        assertFalse(inspect(engine).hasTable("items"));
        assertFalse(inspect(engine).hasTable("email_addresses"));
        metadata.dropAll(engine);
        assertFalse(inspect(engine).hasTable("items"));
    }

    // test_reflection.py::CreateDropTest::test_has_table_and_table_names
    @Test
    void hasTableAgreesWithTableNames() {
        metadata = createDropMetadata();
        metadata.createAll(engine);
        Inspector insp = inspect(engine);
        assertTrue(insp.getTableNames().containsAll(metadata.tables().keySet()), insp.getTableNames().toString());
        assertTrue(insp.hasTable("items"));
        assertTrue(insp.getTableNames().contains("items"));
        metadata.getTable("items").drop(engine);
        Inspector fresh = inspect(engine);
        assertFalse(fresh.hasTable("items"));
        assertFalse(fresh.getTableNames().contains("items"));
    }
}
