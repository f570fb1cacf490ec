package dev.retort.sql.compile;

import static dev.retort.sql.Expressions.func;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.sql.Column;
import dev.retort.sql.MetaData;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The multi-row INSERT an executemany with generated keys becomes where the dialect has one. */
class InsertManyValuesTest {
    private final Table stamps = new MetaData().table("stamps",
            new Column<>("id", SqlTypes.BIGINT).primaryKey(),
            new Column<>("album_id", SqlTypes.BIGINT),
            new Column<>("label", SqlTypes.string(50)),
            new Column<>("price", SqlTypes.numeric(10, 2)),
            new Column<>("x\") VALUES (", SqlTypes.INTEGER));

    private Compiled insertWithoutKey(CompilerFactory dialect) {
        return dialect.sqlCompiler().compile(stamps.insert(), List.of("album_id", "label", "price", "x\") VALUES ("));
    }

    @Test
    void postgresSelectsFromValuesInTheOrderOfACounterAndCastsWithoutLength() {
        String sql = PostgresDialect.INSTANCE.sqlCompiler().insertManyValues(insertWithoutKey(PostgresDialect.INSTANCE), 2, "id");
        assertEquals("INSERT INTO stamps (album_id, label, price, \"x\"\") VALUES (\")"
                + " SELECT CAST(p0 AS BIGINT), CAST(p1 AS VARCHAR), CAST(p2 AS NUMERIC), CAST(p3 AS INTEGER)"
                + " FROM (VALUES (?, ?, ?, ?, 0), (?, ?, ?, ?, 1)) AS imp_sen(p0, p1, p2, p3, sen_counter)"
                + " ORDER BY sen_counter RETURNING id", sql);
    }

    @Test
    void withoutAKeyPostgresListsTheRowsAfterValues() {
        String sql = PostgresDialect.INSTANCE.sqlCompiler().insertManyValues(insertWithoutKey(PostgresDialect.INSTANCE), 3, null);
        assertEquals("INSERT INTO stamps (album_id, label, price, \"x\"\") VALUES (\")"
                + " VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)", sql);
    }

    @Test
    void aDialectWithoutTheFormRendersNothing() {
        assertNull(DerbyDialect.INSTANCE.sqlCompiler().insertManyValues(insertWithoutKey(DerbyDialect.INSTANCE), 2, "id"));
        assertNull(DerbyDialect.INSTANCE.sqlCompiler().insertManyValues(insertWithoutKey(DerbyDialect.INSTANCE), 2, null));
    }

    @Test
    void anInsertWhoseValuesAreNotAllPlaceholdersIsNotRewritten() {
        Compiled withExpression = PostgresDialect.INSTANCE.sqlCompiler()
                .compile(stamps.insert().values(Map.of("label", func("lower", "FIXED"), "album_id", 1L)));
        assertNull(PostgresDialect.INSTANCE.sqlCompiler().insertManyValues(withExpression, 2, "id"), withExpression.sql());
        Compiled select = PostgresDialect.INSTANCE.sqlCompiler().compile(stamps.select());
        assertNull(PostgresDialect.INSTANCE.sqlCompiler().insertManyValues(select, 2, "id"));
    }
}
