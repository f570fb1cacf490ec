package dev.retort.engine.reflect;

import static dev.retort.sql.SqlTypes.BIGINT;
import static dev.retort.sql.SqlTypes.BLOB;
import static dev.retort.sql.SqlTypes.BOOLEAN;
import static dev.retort.sql.SqlTypes.DATE;
import static dev.retort.sql.SqlTypes.DOUBLE;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.REAL;
import static dev.retort.sql.SqlTypes.SMALLINT;
import static dev.retort.sql.SqlTypes.TEXT;
import static dev.retort.sql.SqlTypes.TIME;
import static dev.retort.sql.SqlTypes.TIMESTAMP;
import static dev.retort.sql.SqlTypes.numeric;
import static dev.retort.sql.SqlTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Dialect;
import dev.retort.exc.NoSuchTableException;
import dev.retort.sql.CreateIndex;
import dev.retort.sql.CreateTable;
import dev.retort.sql.ForeignKeyConstraint;
import dev.retort.sql.Index;
import dev.retort.sql.MetaData;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.SqlType;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;
import dev.retort.sql.compile.DdlCompiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reflection scenarios, run by one subclass per database on tables made with raw DDL (and,
 * where the dialect's DDL compiler is real, by Retort's own CREATE TABLE). Each test gets an empty
 * schema of its own (SQLite: a new database file).
 */
abstract class InspectorSuite {

    // ------------------------------------------------------------------ what each database says

    protected abstract Dialect dialect();

    /** An empty place for one test: a new schema connections are switched to, or a new database. */
    protected abstract TestDatabase freshDatabase() throws Exception;

    /** Frees what {@link #freshDatabase} made. */
    protected void release(TestDatabase database) throws Exception {}

    /** The default schema of a connection left alone, as Retort names it. */
    protected abstract String expectedDefaultSchema();

    /** The definition of an autoincrement INTEGER primary key column named {@code id}. */
    protected abstract String identityKey();

    /** The type names for CLOB, DOUBLE and BLOB columns. */
    protected abstract String clob();

    protected abstract String doubleType();

    protected abstract String blob();

    /** The DEFAULT text a VARCHAR column declared {@code DEFAULT <literal>} reads back with. */
    protected String stringDefault(String literal) {
        return literal;
    }

    protected boolean supportsSchemas() {
        return true;
    }

    /** Whether a table's only INTEGER primary key always gets values (SQLite's rowid). */
    protected boolean integerPrimaryKeyIsAutoincrement() {
        return false;
    }

    /** Whether UNIQUE constraints read back as unique indexes (PostgreSQL: JDBC cannot tell them apart). */
    protected boolean uniqueConstraintsReadAsIndexes() {
        return false;
    }

    /** Whether CREATE INDEX over the columns of a key's own index makes no index (Derby). */
    protected boolean dropsIndexesThatDuplicateKeys() {
        return false;
    }

    protected TestDatabase db;
    protected Inspector insp;

    @BeforeEach
    void openDatabase() throws Exception {
        db = freshDatabase();
        insp = new Inspector(dialect(), db);
    }

    @AfterEach
    void releaseDatabase() throws Exception {
        release(db);
    }

    // ------------------------------------------------------------------ the seed's user and address

    private void createUserAndAddress() {
        db.execute("CREATE TABLE \"user\" (" + identityKey() + ", name VARCHAR(50) NOT NULL, "
                        + "fullname VARCHAR(100) DEFAULT 'x')",
                "CREATE TABLE address (id INTEGER NOT NULL PRIMARY KEY, email_address VARCHAR(100) NOT NULL UNIQUE, "
                        + "user_id INTEGER REFERENCES \"user\" (id))",
                "CREATE VIEW user_names AS SELECT name FROM \"user\"");
    }

    @Test
    void introspectsTheSeedTables() {
        createUserAndAddress();
        assertEquals(List.of("address", "user"), insp.getTableNames());
        assertTrue(insp.hasTable("user"));
        assertTrue(insp.hasTable("address"));
        assertFalse(insp.hasTable("user_names"), "views are not tables");
        assertFalse(insp.hasTable("users"));

        assertEquals(List.of(
                new ColumnInfo("id", INTEGER, false, null, true, true),
                new ColumnInfo("name", string(50), false, null, false, false),
                new ColumnInfo("fullname", string(100), true, stringDefault("'x'"), false, false)),
                insp.getColumns("user"));
        assertEquals(List.of(
                new ColumnInfo("id", INTEGER, false, null, true, integerPrimaryKeyIsAutoincrement()),
                new ColumnInfo("email_address", string(100), false, null, false, false),
                new ColumnInfo("user_id", INTEGER, true, null, false, false)),
                insp.getColumns("address"));
        assertEquals(List.of("id"), insp.getPrimaryKey("address").columns());

        List<ForeignKeyInfo> fks = insp.getForeignKeys("address");
        assertEquals(1, fks.size());
        ForeignKeyInfo fk = fks.get(0);
        assertEquals(List.of("user_id"), fk.constrainedColumns());
        assertNull(fk.referredSchema());
        assertEquals("user", fk.referredTable());
        assertEquals(List.of("id"), fk.referredColumns());

        if (uniqueConstraintsReadAsIndexes()) {
            assertEquals(List.of(List.of("email_address")), columnsOf(insp.getIndexes("address")));
            assertEquals(List.of(), insp.getUniqueConstraints("address"));
        } else {
            assertEquals(List.of(), insp.getIndexes("address"), "the indexes of PRIMARY KEY, UNIQUE, FOREIGN KEY");
            assertEquals(List.of(new UniqueConstraintInfo(null, List.of("email_address"))),
                    insp.getUniqueConstraints("address"));
        }
        assertNull(fk.onDelete());
    }

    @Test
    void reflectTablePullsInTheTablesItRefersTo() {
        createUserAndAddress();
        MetaData metadata = new MetaData();
        Table address = insp.reflectTable(metadata, null, "address");

        assertEquals(List.of("address", "user"), List.copyOf(metadata.tables().keySet()));
        Table user = metadata.getTable("user");
        assertEquals(List.of("id", "name", "fullname"), user.columns().keys());
        assertSame(user.c("id"), address.c("user_id").foreignKeys().get(0).column());
        assertEquals(List.of(user.c("id")), user.primaryKey().columns());
        assertTrue(user.c("id").isAutoincrement());
        assertSame(user.c("id"), user.autoincrementColumn());
        assertEquals(integerPrimaryKeyIsAutoincrement(), address.c("id").isAutoincrement());
        assertFalse(user.c("name").isNullable());
        assertTrue(user.c("fullname").isNullable());
        assertEquals(stringDefault("'x'"), user.c("fullname").serverDefault());
        assertEquals(string(100), address.c("email_address").type());
        assertEquals(!uniqueConstraintsReadAsIndexes(), address.c("email_address").isUnique());
        assertTrue(user.toString().startsWith(
                "Table('user', MetaData(), Column('id', INTEGER, table=<user>, primary_key=True, nullable=False), "),
                user.toString());

        // present tables are reused, never reflected twice
        assertSame(user, insp.reflectTable(metadata, null, "user"));
        assertSame(address, insp.reflectTable(metadata, null, "address"));
        MetaData other = new MetaData();
        Table user2 = insp.reflectTable(other, null, "user");
        assertEquals(List.of("user"), List.copyOf(other.tables().keySet()), "user refers to nothing");
        Table address2 = insp.reflectTable(other, null, "address");
        assertSame(user2, address2.c("user_id").foreignKeys().get(0).targetTable());
    }

    @Test
    void unknownTablesAreNamedWithTheTablesThatExist() {
        createUserAndAddress();
        NoSuchTableException e = assertThrows(NoSuchTableException.class,
                () -> insp.reflectTable(new MetaData(), null, "adress"));
        assertEquals("adress", e.name());
        assertEquals(List.of("address", "user"), e.existingTables());
        assertEquals("No table 'adress' in the default schema of the database; its tables are [address, user]. "
                + "Check the spelling; a name created in quotes (such as \"user\") must be given in the same case",
                e.getMessage());
        assertThrows(NoSuchTableException.class, () -> insp.getColumns("adress"));
        assertThrows(NoSuchTableException.class, () -> insp.getPrimaryKey("adress"));
        assertThrows(NoSuchTableException.class, () -> insp.getForeignKeys("adress"));
        assertThrows(NoSuchTableException.class, () -> insp.getIndexes("user_names"));
    }

    // ------------------------------------------------------------------ keys

    /** Both keys cascade: Derby wants every path between two tables to have the same delete rule. */
    @Test
    void compositeKeysComeInKeyOrder() {
        db.execute("CREATE TABLE parent (a INTEGER NOT NULL, b VARCHAR(10) NOT NULL, PRIMARY KEY (b, a))",
                "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, pa INTEGER, pb VARCHAR(10), qa INTEGER, "
                        + "qb VARCHAR(10), "
                        + "CONSTRAINT fk_child_parent FOREIGN KEY (pb, pa) REFERENCES parent (b, a) ON DELETE CASCADE, "
                        + "CONSTRAINT fk_child_parent_q FOREIGN KEY (qb, qa) REFERENCES parent (b, a) ON DELETE CASCADE)",
                "CREATE TABLE node (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER REFERENCES node (id))");
        assertEquals(List.of("b", "a"), insp.getPrimaryKey("parent").columns());
        Map<List<String>, ForeignKeyInfo> fks = byColumns(insp.getForeignKeys("child"));
        assertEquals(Set.of(List.of("pb", "pa"), List.of("qb", "qa")), fks.keySet());
        ForeignKeyInfo cascade = fks.get(List.of("pb", "pa"));
        assertEquals(new ForeignKeyInfo("fk_child_parent", List.of("pb", "pa"), null, "parent", List.of("b", "a"),
                ReferentialAction.CASCADE), cascade);
        assertEquals(new ForeignKeyInfo("fk_child_parent_q", List.of("qb", "qa"), null, "parent", List.of("b", "a"),
                ReferentialAction.CASCADE), fks.get(List.of("qb", "qa")));

        MetaData metadata = new MetaData();
        Table child = insp.reflectTable(metadata, null, "child");
        Table parent = metadata.getTable("parent");
        assertEquals(List.of(parent.c("b"), parent.c("a")), parent.primaryKey().columns());
        assertFalse(parent.c("a").isAutoincrement(), "composite keys are not autoincrement");
        ForeignKeyConstraint fk = child.foreignKeyConstraints().stream()
                .filter(c -> c.columnNames().equals(List.of("pb", "pa"))).findFirst().orElseThrow();
        assertEquals("fk_child_parent", fk.name());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertSame(parent, fk.referredTable());
        assertEquals(List.of(parent.c("b"), parent.c("a")),
                fk.elements().stream().map(e -> e.column()).collect(Collectors.toList()));

        Table node = insp.reflectTable(metadata, null, "node");
        assertSame(node.c("id"), node.c("parent_id").foreignKeys().get(0).column(), "a self reference");
    }

    // ------------------------------------------------------------------ indexes and unique constraints

    @Test
    void indexesLeaveOutThoseOfConstraints() {
        db.execute("CREATE TABLE owner (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER REFERENCES owner (id), "
                        + "code VARCHAR(20) NOT NULL, n INTEGER, m INTEGER, "
                        + "CONSTRAINT uq_item_n_m UNIQUE (n, m), UNIQUE (code))",
                "CREATE INDEX ix_item_n ON item (n)",
                "CREATE UNIQUE INDEX ux_item_owner_code ON item (owner_id, code)",
                "CREATE INDEX ix_item_m_n ON item (m, n)");
        List<IndexInfo> made = List.of(
                new IndexInfo("ix_item_m_n", List.of("m", "n"), false),
                new IndexInfo("ix_item_n", List.of("n"), false),
                new IndexInfo("ux_item_owner_code", List.of("owner_id", "code"), true));
        Set<List<String>> uniques = Set.of(List.of("n", "m"), List.of("code"));
        List<IndexInfo> indexes = insp.getIndexes("item");
        if (uniqueConstraintsReadAsIndexes()) {
            assertTrue(indexes.containsAll(made), indexes.toString());
            assertEquals(uniques, indexes.stream().filter(i -> !made.contains(i)).map(IndexInfo::columns)
                    .collect(Collectors.toSet()));
            return;
        }
        assertEquals(made, indexes);
        assertEquals(uniques, insp.getUniqueConstraints("item").stream().map(UniqueConstraintInfo::columns)
                .collect(Collectors.toSet()));

        Table item = insp.reflectTable(new MetaData(), null, "item");
        assertEquals(List.of("ix_item_m_n", "ix_item_n", "ux_item_owner_code"),
                item.indexes().stream().map(Index::name).collect(Collectors.toList()));
        assertTrue(item.indexes().get(2).isUnique());
        assertTrue(item.c("code").isUnique());
        assertFalse(item.c("n").isUnique());
        assertEquals(List.of(List.of("n", "m")), item.constraints().stream()
                .filter(c -> c instanceof UniqueConstraint).map(c -> ((UniqueConstraint) c).columnNames())
                .collect(Collectors.toList()));
    }

    // ------------------------------------------------------------------ columns

    @Test
    void nullabilityDefaultsAndIdentity() {
        db.execute("CREATE TABLE setting (" + identityKey() + ", label VARCHAR(20) DEFAULT 'none' NOT NULL, "
                + "n INTEGER DEFAULT 42, created TIMESTAMP DEFAULT CURRENT_TIMESTAMP, note VARCHAR(10))");
        assertEquals(List.of(
                new ColumnInfo("id", INTEGER, false, null, true, true),
                new ColumnInfo("label", string(20), false, stringDefault("'none'"), false, false),
                new ColumnInfo("n", INTEGER, true, "42", false, false),
                new ColumnInfo("created", TIMESTAMP, true, "CURRENT_TIMESTAMP", false, false),
                new ColumnInfo("note", string(10), true, null, false, false)),
                insp.getColumns("setting"));

        Table setting = insp.reflectTable(new MetaData(), null, "setting");
        assertSame(setting.c("id"), setting.autoincrementColumn());
        assertEquals(Boolean.TRUE, setting.c("id").autoincrementSetting());
        assertEquals(Boolean.FALSE, setting.c("n").autoincrementSetting());
        assertFalse(setting.c("label").isNullable());
        assertEquals(stringDefault("'none'"), setting.c("label").serverDefault());
        assertEquals("CURRENT_TIMESTAMP", setting.c("created").serverDefault());
        assertNull(setting.c("id").serverDefault());
    }

    @Test
    void typesReadBackWithTheirParameters() {
        db.execute("CREATE TABLE kinds (i INTEGER, bi BIGINT, si SMALLINT, vc VARCHAR(33), cl " + clob()
                + ", bo BOOLEAN, r REAL, d " + doubleType() + ", nu NUMERIC(10, 2), da DATE, ti TIME, ts TIMESTAMP, bl "
                + blob() + ")");
        Map<String, SqlType<?>> expected = new LinkedHashMap<>();
        expected.put("i", INTEGER);
        expected.put("bi", BIGINT);
        expected.put("si", SMALLINT);
        expected.put("vc", string(33));
        expected.put("cl", TEXT);
        expected.put("bo", BOOLEAN);
        expected.put("r", REAL);
        expected.put("d", DOUBLE);
        expected.put("nu", numeric(10, 2));
        expected.put("da", DATE);
        expected.put("ti", TIME);
        expected.put("ts", TIMESTAMP);
        expected.put("bl", BLOB);
        Map<String, SqlType<?>> actual = new LinkedHashMap<>();
        for (ColumnInfo c : insp.getColumns("kinds")) {
            actual.put(c.name(), c.type());
        }
        Table kinds = insp.reflectTable(new MetaData(), null, "kinds");
        assertEquals(List.copyOf(expected.keySet()), kinds.columns().keys());
        for (String name : expected.keySet()) {
            if (!name.equals("nu")) {
                assertEquals(expected.get(name), actual.get(name), "column " + name);
                assertEquals(expected.get(name), kinds.c(name).type(), "column " + name);
            }
        }
        assertEquals(numeric(10, 2), actual.get("nu"));
        assertEquals(10, kinds.c("nu").type().precision());
        assertEquals(2, kinds.c("nu").type().scale());
    }

    @Test
    void quotedNamesKeepTheirCase() {
        db.execute("CREATE TABLE \"MixedCase\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"order\" INTEGER)",
                "CREATE TABLE \"quoted_lower\" (x INTEGER)");
        assertEquals(List.of("MixedCase", "quoted_lower"), insp.getTableNames());
        assertTrue(insp.hasTable("quoted_lower"));
        assertFalse(insp.hasTable("mixedcase"));
        assertEquals(List.of("Id", "order"), insp.getColumns("MixedCase").stream().map(ColumnInfo::name)
                .collect(Collectors.toList()));
        Table t = insp.reflectTable(new MetaData(), null, "MixedCase");
        assertEquals("MixedCase", t.name());
        assertEquals(List.of(t.c("Id")), t.primaryKey().columns());
    }

    // ------------------------------------------------------------------ schemas

    @Test
    void schemas() {
        String schema = dialect().normalizeName(db.schema());
        Inspector plain = new Inspector(dialect(), db.inSchema(null));
        assertEquals(expectedDefaultSchema(), plain.getDefaultSchemaName());
        assumeTrue(supportsSchemas(), "SQLite has no schemas");
        createUserAndAddress();
        assertEquals(schema, insp.getDefaultSchemaName());
        assertTrue(insp.getSchemaNames().contains(schema), insp.getSchemaNames().toString());
        assertEquals(List.of("address", "user"), plain.getTableNames(schema));
        assertTrue(plain.hasTable(schema, "user"));

        MetaData metadata = new MetaData();
        Table address = plain.reflectTable(metadata, schema, "address");
        assertEquals(schema, address.schema());
        assertEquals(List.of(schema + ".address", schema + ".user"), List.copyOf(metadata.tables().keySet()));
        assertSame(metadata.getTable(schema + ".user").c("id"), address.c("user_id").foreignKeys().get(0).column());

        String other = schema + "_other";
        String storedOther = dialect().denormalizeName(other);
        db.execute("CREATE SCHEMA " + storedOther,
                "CREATE TABLE " + storedOther + ".pet (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER, "
                        + "FOREIGN KEY (owner_id) REFERENCES " + db.schema() + ".\"user\" (id))");
        ForeignKeyInfo fk = insp.getForeignKeys(other, "pet").get(0);
        assertEquals(schema, fk.referredSchema());
        assertEquals("user", fk.referredTable());
        MetaData md = new MetaData();
        Table pet = insp.reflectTable(md, other, "pet");
        assertEquals(List.of(other + ".pet", schema + ".user"), List.copyOf(md.tables().keySet()));
        assertSame(md.getTable(schema + ".user"), pet.c("owner_id").foreignKeys().get(0).targetTable());
    }

    @Test
    void reflectAllAddsWhatIsMissingInOrder() {
        createUserAndAddress();
        db.execute("CREATE TABLE parent (a INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, a INTEGER REFERENCES parent (a))");
        MetaData metadata = new MetaData();
        Table parent = insp.reflectTable(metadata, null, "parent");
        List<Table> added = insp.reflectAll(metadata, null);
        assertEquals(List.of("address", "user", "child"), added.stream().map(Table::name).collect(Collectors.toList()));
        assertEquals(List.of("parent", "address", "user", "child"), List.copyOf(metadata.tables().keySet()));
        assertSame(parent, metadata.getTable("child").c("a").foreignKeys().get(0).targetTable());
        assertEquals(List.of(), insp.reflectAll(metadata, null));
    }

    // ------------------------------------------------------------------ Retort's DDL, reflected back

    @Test
    void retortDdlReflectsBackUnchanged() {
        MetaData original = RoundTrip.tables();
        DdlCompiler ddl = dialect().ddlCompiler();
        List<String> statements = new ArrayList<>();
        for (Table t : original.sortedTables()) {
            statements.add(ddl.compile(new CreateTable(t)).sql());
            for (Index i : t.indexes()) {
                statements.add(ddl.compile(new CreateIndex(i)).sql());
            }
        }
        db.execute(statements.toArray(new String[0]));
        MetaData reflected = new MetaData();
        insp.reflectAll(reflected, null);
        RoundTrip.assertSameTables(original, reflected, this::stringDefault, uniqueConstraintsReadAsIndexes(),
                dropsIndexesThatDuplicateKeys(), integerPrimaryKeyIsAutoincrement());
    }

    // ------------------------------------------------------------------ helpers

    private static List<List<String>> columnsOf(List<IndexInfo> indexes) {
        return indexes.stream().map(IndexInfo::columns).collect(Collectors.toList());
    }

    private static Map<List<String>, ForeignKeyInfo> byColumns(List<ForeignKeyInfo> fks) {
        Map<List<String>, ForeignKeyInfo> m = new LinkedHashMap<>();
        for (ForeignKeyInfo fk : fks) {
            m.put(fk.constrainedColumns(), fk);
        }
        return m;
    }
}
