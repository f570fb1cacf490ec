package dev.retort.it.compliance.sql;

import static dev.retort.Retort.INTEGER;
import static dev.retort.Retort.bindParam;
import static dev.retort.Retort.column;
import static dev.retort.Retort.delete;
import static dev.retort.Retort.func;
import static dev.retort.Retort.insert;
import static dev.retort.Retort.literal;
import static dev.retort.Retort.select;
import static dev.retort.Retort.string;
import static dev.retort.Retort.literalColumn;
import static dev.retort.Retort.STRING;
import static dev.retort.Retort.and;
import static dev.retort.Retort.update;
import static dev.retort.it.compliance.sql.SqlFixtures.assertCompile;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.NoSuchColumnException;
import dev.retort.sql.Alias;
import dev.retort.sql.Column;
import dev.retort.sql.MetaData;
import dev.retort.sql.Select;
import dev.retort.sql.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * INSERT, UPDATE and DELETE compilation ported from SQLAlchemy's {@code test/sql/test_insert.py},
 * {@code test_update.py} and {@code test_delete.py} (their {@code _InsertTestBase},
 * {@code _UpdateFromTestBase} and {@code _DeleteTestBase} tables). Each test names its origin.
 */
class DmlCompilerComplianceTest {
    private final MetaData metadata = new MetaData();
    private final Table mytable = metadata.table("mytable", column("myid", INTEGER), column("name", string(30)),
            column("description", string(50)));
    private final Table myothertable = metadata.table("myothertable", column("otherid", INTEGER),
            column("othername", string(30)));
    private final Table foo = metadata.table("foo", column("x", INTEGER), column("y", INTEGER));
    private final Column<Integer> myid = mytable.c("myid");
    private final Column<String> name = mytable.c("name");
    private final Column<Integer> otherid = myothertable.c("otherid");
    private final Column<String> othername = myothertable.c("othername");

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    // ------------------------------------------------------------------ test_insert.py

    // test_insert.py::InsertTest::test_generic_insert_bind_params_all_columns
    @Test
    void insertOfAllColumns() {
        assertCompile(insert(mytable), "INSERT INTO mytable (myid, name, description) VALUES (:myid, :name, "
                + ":description)");
    }

    // test_insert.py::InsertTest::test_insert_with_values_dict
    @Test
    void insertWithValues() {
        assertCompile(insert(mytable).values(values("myid", 3, "name", "jack")),
                "INSERT INTO mytable (myid, name) VALUES (:myid, :name)", Map.of("myid", 3, "name", "jack"));
    }

    // test_insert.py::InsertTest::test_unconsumed_names_kwargs
    @Test
    void insertOfAnUnknownColumnRaises() {
        Table t = metadata.table("t", column("x", INTEGER), column("y", INTEGER));
        NoSuchColumnException e = assertThrows(NoSuchColumnException.class,
                () -> t.insert().values(values("x", 5, "z", 5)));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
    }

    // test_insert.py::InsertTest::test_unconsumed_names_values_dict
    @Test
    void insertOfAnUnknownColumnInADictRaises() {
        NoSuchColumnException e = assertThrows(NoSuchColumnException.class,
                () -> insert(mytable).values(values("myid", 3, "name", "jack", "unknowncol", "oops")));
        assertTrue(e.getMessage().contains("'unknowncol'"), e.getMessage());
    }

    // test_insert.py::InsertTest::test_insert_with_values_func
    @Test
    void insertOfAFunction() {
        assertCompile(insert(mytable).values(values("myid", func("lala"))),
                "INSERT INTO mytable (myid) VALUES (lala())");
    }

    // test_insert.py::InsertTest::test_insert_with_user_supplied_bind_params
    @Test
    void insertWithUserBindParams() {
        assertCompile(insert(mytable).values(values("myid", bindParam("userid", INTEGER), "name",
                        bindParam("username", string(30)))),
                "INSERT INTO mytable (myid, name) VALUES (:userid, :username)");
    }

    // test_insert.py::InsertTest::test_insert_values_multiple
    @Test
    void insertValuesCalledTwice() {
        assertCompile(insert(mytable).values(values("myid", bindParam("userid", INTEGER)))
                        .values(values("name", bindParam("username", string(30)))),
                "INSERT INTO mytable (myid, name) VALUES (:userid, :username)");
    }

    // test_insert.py::InsertTest::test_binds_that_match_columns (x=bindparam("y"))
    @Test
    void insertValueFromAnotherNamedBind() {
        assertCompile(foo.insert().values(values("x", bindParam("y", INTEGER))), "INSERT INTO foo (x) VALUES (:y)");
    }

    // test_insert.py::InsertTest::test_binds_that_match_columns (x=3 + bindparam("x"))
    @Test
    void insertValueExpressionIsGrouped() {
        assertCompile(foo.insert().values(values("x", literal(3).plus(bindParam("x", INTEGER)))),
                "INSERT INTO foo (x) VALUES ((:param_1 + :x))");
    }

    // test_insert.py::InsertTest::test_bindparam_name_no_consume_error
    @Test
    void insertValueExpressionWithOtherBindName() {
        Table t = metadata.table("t", column("x", INTEGER), column("y", INTEGER));
        assertCompile(t.insert().values(values("x", literal(3).plus(bindParam("x2", INTEGER)))),
                "INSERT INTO t (x) VALUES ((:param_1 + :x2))");
    }

    // test_insert.py::InsertTest::test_insert_returning_not_in_default
    @Test
    void insertReturning() {
        assertCompile(mytable.insert().returning(myid),
                "INSERT INTO mytable (myid, name, description) VALUES (:myid, :name, :description) RETURNING "
                        + "mytable.myid");
    }

    // test_insert.py::InsertTest::test_insert_from_select_select
    @Test
    void insertFromSelect() {
        Select sel = select(myid, name).where(name.eq("foo"));
        assertCompile(myothertable.insert().fromSelect(List.of("otherid", "othername"), sel),
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = :name_1", Map.of("name_1", "foo"));
    }

    // test_insert.py::InsertTest::test_insert_from_select_returning (generic rendering)
    @Test
    void insertFromSelectReturning() {
        Select sel = select(myid, name).where(name.eq("foo"));
        assertCompile(myothertable.insert().fromSelect(List.of("otherid", "othername"), sel).returning(otherid),
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = :name_1 RETURNING myothertable.otherid", Map.of("name_1", "foo"));
    }

    // test_insert.py::InsertTest::test_insert_from_select_col_values
    @Test
    void insertFromSelectOfColumns() {
        Select sel = select(myid, name).where(name.eq("foo"));
        assertCompile(myothertable.insert().fromSelect(List.of(otherid.name(), othername.name()), sel),
                "INSERT INTO myothertable (otherid, othername) SELECT mytable.myid, mytable.name FROM mytable "
                        + "WHERE mytable.name = :name_1");
    }

    // ------------------------------------------------------------------ test_update.py

    // test_update.py::UpdateTest::test_update_2
    @Test
    void update2() {
        assertCompile(mytable.update().where(myid.eq(7)).values(values("myid", 5)),
                "UPDATE mytable SET myid=:myid WHERE mytable.myid = :myid_1", Map.of("myid", 5, "myid_1", 7));
    }

    // test_update.py::UpdateTest::test_update_4
    @Test
    void update4SetToAColumn() {
        assertCompile(update(mytable).values(values("name", myid)), "UPDATE mytable SET name=mytable.myid");
    }

    // test_update.py::UpdateTest::test_update_5
    @Test
    void update5WhereOnANamedBind() {
        assertCompile(update(mytable).where(name.eq(bindParam("crit", "notthere", string(30))))
                        .values(values("name", "hi")),
                "UPDATE mytable SET name=:name WHERE mytable.name = :crit", Map.of("crit", "notthere", "name", "hi"));
    }

    // test_update.py::UpdateTest::test_update_10
    @Test
    void update10LaterValuesReplaceEarlier() {
        assertCompile(update(mytable).where(myid.eq(12)).values(values("name", myid))
                        .values(values("name", name.concat("foo"), "description", "test")),
                "UPDATE mytable SET name=(mytable.name || :name_1), description=:description WHERE "
                        + "mytable.myid = :myid_1");
    }

    // test_update.py::UpdateTest::test_update_11
    @Test
    void update11FunctionsAndConcatenations() {
        var where = and(myid.eq(func("hoho", INTEGER, 4)), name.eq(literal("foo").concat(name).concat(literal("lala"))));
        assertCompile(update(mytable).where(where).values(values("name", name.concat("lala"), "myid",
                        func("do_stuff", INTEGER, myid, literal("hoho")))),
                "UPDATE mytable SET myid=do_stuff(mytable.myid, :param_1), name=(mytable.name || :name_1) WHERE "
                        + "mytable.myid = hoho(:hoho_1) AND mytable.name = (:param_2 || mytable.name || :param_3)");
    }

    // test_update.py::UpdateTest::test_binds_that_match_columns (u.values(y=7))
    @Test
    void updateWithWhereBindNamedAfterAColumn() {
        assertCompile(foo.update().where(foo.<Integer>c("x").eq(bindParam("x", INTEGER))).values(values("y", 7)),
                "UPDATE foo SET y=:y WHERE foo.x = :x");
    }

    // test_update.py::UpdateTest::test_binds_that_match_columns (x=3 + bindparam("x"))
    @Test
    void updateValueExpressionIsGrouped() {
        assertCompile(foo.update().where(foo.<Integer>c("x").eq(bindParam("x", INTEGER)))
                        .values(values("x", literal(3).plus(bindParam("x", INTEGER)))),
                "UPDATE foo SET x=(:param_1 + :x) WHERE foo.x = :x");
    }

    // test_update.py::UpdateTest::test_labels_no_collision
    @Test
    void updateOfAllColumnsWithWhere() {
        Table t = metadata.table("foo2", column("id", INTEGER), column("foo_id", INTEGER));
        assertCompile(t.update().where(t.<Integer>c("id").eq(5)),
                "UPDATE foo2 SET id=:id, foo_id=:foo_id WHERE foo2.id = :id_1");
    }

    // test_update.py::UpdateTest::test_correlated_update_one (a SQL fragment as a value: literalColumn, as text() there)
    @Test
    void correlatedUpdateFromText() {
        assertCompile(update(mytable).values(values("name", literalColumn("(select name from mytable where id=mytable.id)", STRING))),
                "UPDATE mytable SET name=(select name from mytable where id=mytable.id)");
    }

    // test_update.py::UpdateTest::test_correlated_update_two
    @Test
    void correlatedUpdateFromAnAlias() {
        Alias mt = mytable.alias("mytable_1");
        assertCompile(update(mytable).values(values("name", select(mt.c("name")).where(mt.<Integer>c("myid")
                        .eq(myid)).scalarSubquery())),
                "UPDATE mytable SET name=(SELECT mytable_1.name FROM mytable AS mytable_1 WHERE mytable_1.myid = "
                        + "mytable.myid)");
    }

    // test_update.py::UpdateTest::test_correlated_update_four
    @Test
    void updateWithNonCorrelatedSubqueryInWhere() {
        var s = select(othername).where(otherid.eq(7));
        assertCompile(update(mytable).where(name.eq(s.scalarSubquery())),
                "UPDATE mytable SET myid=:myid, name=:name, description=:description WHERE mytable.name = "
                        + "(SELECT myothertable.othername FROM myothertable WHERE myothertable.otherid = :otherid_1)");
    }

    // test_update.py::UpdateTest::test_correlated_update_five
    @Test
    void updateWithCorrelatedSubqueryInWhere() {
        var s = select(othername).where(otherid.eq(myid));
        assertCompile(mytable.update().where(name.eq(s.scalarSubquery())),
                "UPDATE mytable SET myid=:myid, name=:name, description=:description WHERE mytable.name = "
                        + "(SELECT myothertable.othername FROM myothertable WHERE myothertable.otherid = mytable.myid)");
    }

    // test_update.py::UpdateTest::test_unconsumed_names_kwargs
    @Test
    void updateOfAnUnknownColumnRaises() {
        Table t = metadata.table("t", column("x", INTEGER), column("y", INTEGER));
        NoSuchColumnException e = assertThrows(NoSuchColumnException.class,
                () -> t.update().values(values("x", 5, "z", 5)));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
    }

    // ------------------------------------------------------------------ test_delete.py

    // test_delete.py::DeleteTest::test_delete
    @Test
    void deleteWhere() {
        assertCompile(delete(mytable).where(myid.eq(7)), "DELETE FROM mytable WHERE mytable.myid = :myid_1");
    }

    // test_delete.py::DeleteTest::test_delete (two where calls)
    @Test
    void deleteWithTwoWhereCalls() {
        assertCompile(mytable.delete().where(myid.eq(7)).where(name.eq("somename")),
                "DELETE FROM mytable WHERE mytable.myid = :myid_1 AND mytable.name = :name_1");
    }

    // test_delete.py::DeleteTest::test_non_correlated_select
    @Test
    void deleteWithNonCorrelatedSubquery() {
        var s = select(othername).where(otherid.eq(7));
        assertCompile(delete(mytable).where(name.eq(s.scalarSubquery())),
                "DELETE FROM mytable WHERE mytable.name = (SELECT myothertable.othername FROM myothertable WHERE "
                        + "myothertable.otherid = :otherid_1)");
    }

    // test_delete.py::DeleteTest::test_correlated_select
    @Test
    void deleteWithCorrelatedSubquery() {
        var s = select(othername).where(otherid.eq(myid));
        assertCompile(mytable.delete().where(name.eq(s.scalarSubquery())),
                "DELETE FROM mytable WHERE mytable.name = (SELECT myothertable.othername FROM myothertable WHERE "
                        + "myothertable.otherid = mytable.myid)");
    }
}
