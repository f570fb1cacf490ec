package dev.retort.examples;

import static dev.retort.Retort.*;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.Result;
import dev.retort.engine.Row;
import dev.retort.engine.reflect.Inspector;
import dev.retort.sql.Insert;
import dev.retort.sql.MetaData;
import dev.retort.sql.Select;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's Core tutorial, step by step, on an embedded Derby
 * database with echo on: every statement Retort sends is printed with its parameters.
 */
public final class CoreTutorial {
    private CoreTutorial() {}

    /** Runs the walk-through on {@code engine}, printing what it does. */
    public static void run(Engine engine) {
        heading("SQLAlchemy Engine: create_engine('derby:///:memory:', echo=True)");
        System.out.println(engine);

        heading("MetaData: users and addresses");
        MetaData metadata = new MetaData();
        Table users = metadata.table("users",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("fullname", string(50)));
        Table addresses = metadata.table("addresses",
                column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"),
                column("email_address", string(50)).nullable(false));
        metadata.createAll(engine);
        System.out.println("users.name()                -> " + users.name());
        System.out.println("users.c(\"name\")             -> " + users.c("name"));
        System.out.println("users.columns().keys()      -> " + users.columns().keys());
        System.out.println("users.c(\"fullname\").type()  -> " + users.c("fullname").type());
        System.out.println("users.primaryKey()          -> " + users.primaryKey());

        heading("insert()");
        System.out.println(users.insert());
        Insert ins = users.insert().values(Map.of("name", "jack", "fullname", "Jack Jones"));
        System.out.println(ins);
        System.out.println(ins.compile().params());
        try (Connection conn = engine.connect()) {
            Result result = conn.execute(ins);
            System.out.println("inserted primary key -> " + result.insertedPrimaryKey());
            conn.execute(users.insert(), List.of(
                    Map.of("name", "wendy", "fullname", "Wendy Williams"),
                    Map.of("name", "will", "fullname", "William Liu")));
            conn.execute(addresses.insert(), List.of(
                    Map.of("user_id", 1, "email_address", "jack@yahoo.com"),
                    Map.of("user_id", 1, "email_address", "jack@msn.com"),
                    Map.of("user_id", 2, "email_address", "www@www.org"),
                    Map.of("user_id", 2, "email_address", "wendy@aol.com"),
                    Map.of("user_id", 3, "email_address", "will@gmail.com")));
            conn.commit();
        }

        try (Connection conn = engine.connect()) {
            heading("select(): all columns, iterating rows");
            for (Row row : conn.execute(select(users))) {
                System.out.println(row);
            }

            heading("select(): by name, by index, by Column object");
            Select s = select(users.c("name"), users.c("fullname"));
            Result result = conn.execute(s);
            Row row = result.fetchOne();
            System.out.println("name: " + row.get("name") + " | fullname: " + row.get("fullname"));
            row = result.fetchOne();
            System.out.println("name: " + row.get(0) + " | fullname: " + row.get(1));
            result.close();
            for (Row r : conn.execute(s)) {
                System.out.println("name: " + r.get(users.c("name")) + " | fullname: " + r.get(users.c("fullname")));
            }

            heading("where(), like()");
            for (Row r : conn.execute(select(users, addresses).where(users.c("id").eq(addresses.c("user_id"))))) {
                System.out.println(r);
            }
            for (Row r : conn.execute(select(addresses).where(addresses.c("email_address").like("%@gmail.com")))) {
                System.out.println(r);
            }

            heading("and_, or_, not_ and label()");
            Select title = select(users.c("fullname").concat(", ").concat(addresses.c("email_address")).label("title"))
                    .where(users.c("id").eq(addresses.c("user_id")))
                    .where(or(addresses.c("email_address").like("%@aol.com"),
                            addresses.c("email_address").like("%@msn.com")));
            System.out.println(title);
            for (Row r : conn.execute(title)) {
                System.out.println("title: " + r.get("title"));
            }
            System.out.println(conn.execute(select(users.c("name")).where(
                    and(users.c("name").like("w%"), not(users.c("name").eq("will"))))).scalars());

            heading("execute() with text and :bound parameters");
            Result named = conn.execute(text("select id, name from users where id = :id"), Map.of("id", 3));
            Row will = named.fetchOne();
            System.out.println(will.keys() + " -> " + will);
            conn.execute(text("insert into users (name, fullname) values (:name, :fullname)"),
                    Map.of("name", "fred", "fullname", "Fred Flintstone"));
            System.out.println(conn.execute(select(users).orderBy(users.c("id"))).fetchAll());

            heading("update() and delete()");
            conn.execute(users.update().where(users.c("name").eq("fred")).values(Map.of("fullname", "Fred F.")));
            System.out.println(conn.execute(addresses.delete().where(addresses.c("email_address").like("j%"))).rowCount()
                    + " addresses deleted");
            conn.commit();

            heading("group by, having, count");
            for (Row r : conn.execute(select(users.c("name"), count(addresses.c("id")).label("n"))
                    .selectFrom(users.join(addresses))
                    .groupBy(users.c("name"))
                    .having(count(addresses.c("id")).ge(1L))
                    .orderBy(users.c("name")))) {
                System.out.println(r);
            }
        }

        heading("DDL: the fancy table with NUMERIC and Enum");
        Table fancy = metadata.table("fancy",
                column("mykey", string(50)).primaryKey(),
                column("mytimestamp", TIMESTAMP),
                column("amount", numeric(10, 2)),
                column("type", enumType("a", "b", "c")));
        System.out.println(createTable(fancy).compile(engine.dialect()));
        fancy.create(engine);

        heading("Reflection and introspection");
        MetaData reflected = new MetaData();
        Table userReflected = reflected.reflectTable("users", engine);
        System.out.println(userReflected);
        Inspector inspector = inspect(engine);
        System.out.println(inspector.getTableNames());
        inspector.getColumns("addresses").forEach(System.out::println);

        metadata.dropAll(engine);
    }

    private static void heading(String title) {
        System.out.println();
        System.out.println("== " + title + " ==");
    }

    /** Runs the walk-through on a fresh in-memory Derby database with echo on. */
    public static void main(String[] args) {
        try (Engine engine = Engine.builder("derby:///:memory:").echo(true).build()) {
            run(engine);
        }
    }
}
