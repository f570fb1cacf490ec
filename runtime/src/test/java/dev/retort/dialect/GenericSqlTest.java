package dev.retort.dialect;

import static dev.retort.sql.Expressions.or;
import static dev.retort.sql.Expressions.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.NoReferencedTableException;
import dev.retort.sql.ForeignKeyConstraint;
import dev.retort.sql.Expressions;
import dev.retort.sql.Insert;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generic SQL of {@code toString()} and {@code compile()}, exactly as the SQLAlchemy Core seed
 * (003) prints it.
 */
class GenericSqlTest {
    private final Fixtures f = new Fixtures();

    @Test
    void insertPrintsLikeTheSeed() {
        assertEquals("INSERT INTO users (id, name, fullname) VALUES (:id, :name, :fullname)", f.users.insert().toString());
        Insert ins = f.users.insert().values(Map.of("name", "jack", "fullname", "Jack Jones"));
        assertEquals("INSERT INTO users (name, fullname) VALUES (:name, :fullname)", ins.toString());
        assertEquals("{fullname=Jack Jones, name=jack}", ins.compile().params().toString());
    }

    @Test
    void selectPrintsLikeTheSeed() {
        assertEquals("SELECT users.id, users.name, users.fullname FROM users", select(f.users).toString());
        assertEquals("SELECT users.name, users.fullname FROM users",
                select(f.users.c("name"), f.users.c("fullname")).toString());
        assertEquals("SELECT users.id, users.name, users.fullname, addresses.id AS id_1, addresses.user_id, "
                + "addresses.email_address FROM users, addresses WHERE users.id = addresses.user_id",
                select(f.users, f.addresses).where(f.users.c("id").eq(f.addresses.c("user_id"))).toString());
        assertEquals("SELECT addresses.id, addresses.user_id, addresses.email_address FROM addresses "
                + "WHERE addresses.email_address LIKE :email_address_1",
                select(f.addresses).where(f.addresses.c("email_address").like("%@gmail.com")).toString());
    }

    @Test
    void conjunctionsGroupAndNameTheirParameters() {
        var s = select(f.users.c("fullname").concat(", ").concat(f.addresses.c("email_address")).label("title"))
                .where(f.users.c("id").eq(f.addresses.c("user_id")))
                .where(or(f.addresses.c("email_address").like("%@aol.com"),
                        f.addresses.c("email_address").like("%@msn.com")));
        assertEquals("SELECT users.fullname || :fullname_1 || addresses.email_address AS title FROM users, addresses "
                + "WHERE users.id = addresses.user_id AND (addresses.email_address LIKE :email_address_1 "
                + "OR addresses.email_address LIKE :email_address_2)", s.toString());
        assertEquals("{email_address_1=%@aol.com, email_address_2=%@msn.com, fullname_1=, }",
                s.compile().params().toString());
    }

    @Test
    void updateDeleteAndTextPrintLikeTheSeed() {
        assertEquals("UPDATE users SET name=:name WHERE users.id = :id_1",
                f.users.update().where(f.users.c("id").eq(1)).values(Map.of("name", "x")).toString());
        assertEquals("DELETE FROM users WHERE users.name LIKE :name_1",
                f.users.delete().where(f.users.c("name").like("j%")).toString());
        assertEquals("select id, name from users where id = :id",
                dev.retort.sql.Expressions.text("select id, name from users where id = :id").toString());
    }

    @Test
    void coalesceOfTwoColumnsAndOfNothing() {
        assertEquals("coalesce(users.name, users.fullname)",
                Expressions.coalesce(f.users.<String>c("name"), f.users.<String>c("fullname")).toString());
        ArgumentException e = assertThrows(ArgumentException.class, Expressions::coalesce);
        assertEquals("coalesce() needs at least one expression", e.getMessage());
    }

    @Test
    void aForeignKeyConstraintNamesItsTableBeforeItBelongsToOne() {
        ForeignKeyConstraint fk = new ForeignKeyConstraint(null, List.of("a", "b"), List.of("s.other.a", "s.other.b"),
                null, null);
        assertEquals("s.other", fk.referredTableName());
        NoReferencedTableException e = assertThrows(NoReferencedTableException.class, fk::referredTable);
        assertEquals("Foreign key constraint [a, b] -> [s.other.a, s.other.b] is not part of a table yet; pass it to"
                + " a table definition first", e.getMessage());
    }

    @Test
    void aColumnFlaggedPrimaryKeyOutsideTheExplicitConstraintIsAnError() {
        var md = new dev.retort.sql.MetaData();
        ArgumentException e = assertThrows(ArgumentException.class, () -> md.table("pairs",
                Expressions.column("a", dev.retort.sql.SqlTypes.INTEGER).primaryKey(),
                Expressions.column("b", dev.retort.sql.SqlTypes.INTEGER),
                Expressions.primaryKeyConstraint("b")));
        assertEquals("Column 'a' of table 'pairs' is flagged primaryKey() but the table's primary key constraint is"
                + " over [b]; name it in the constraint or drop the flag", e.getMessage());
    }

    @Test
    void aTableInsideAnExplicitJoinIsNotRepeatedInFrom() {
        var on = f.users.c("id").eq(f.addresses.c("user_id"));
        String joined = "SELECT users.id, users.name, users.fullname FROM users JOIN addresses ON users.id = "
                + "addresses.user_id";
        assertEquals(joined, select(f.users).selectFrom(f.users.join(f.addresses, on)).toString());
        assertEquals(joined, select(f.users).join(f.addresses, on).toString());
        var chained = select(f.users).selectFrom(f.users.join(f.addresses, on)).outerJoin(f.child);
        assertEquals("SELECT users.id, users.name, users.fullname FROM users JOIN addresses ON users.id = "
                + "addresses.user_id LEFT OUTER JOIN child ON users.id = child.owner_id", chained.toString());
    }

    @Test
    void unnamedExpressionsGetAnonymousLabels() {
        assertEquals("SELECT users.id + :id_1 AS anon_1, users.id = :id_2 AS anon_2, count(users.id) AS count_1 "
                + "FROM users", select(f.users.<Integer>c("id").plus(1), f.users.<Integer>c("id").eq(2),
                        Expressions.count(f.users.c("id"))).toString());
    }

    @Test
    void textShowsEscapedColonsUnescaped() {
        assertEquals("select * from foo where mork = ':mindy' and id = :id",
                Expressions.text("select * from foo where mork = '\\:mindy' and id = :id").toString());
    }
}
