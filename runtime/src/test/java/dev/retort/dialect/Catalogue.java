package dev.retort.dialect;

import static dev.retort.sql.Expressions.and;
import static dev.retort.sql.Expressions.avg;
import static dev.retort.sql.Expressions.bindParam;
import static dev.retort.sql.Expressions.cast;
import static dev.retort.sql.Expressions.count;
import static dev.retort.sql.Expressions.createIndex;
import static dev.retort.sql.Expressions.createTable;
import static dev.retort.sql.Expressions.dropIndex;
import static dev.retort.sql.Expressions.dropTable;
import static dev.retort.sql.Expressions.exists;
import static dev.retort.sql.Expressions.func;
import static dev.retort.sql.Expressions.literal;
import static dev.retort.sql.Expressions.max;
import static dev.retort.sql.Expressions.min;
import static dev.retort.sql.Expressions.not;
import static dev.retort.sql.Expressions.or;
import static dev.retort.sql.Expressions.select;
import static dev.retort.sql.Expressions.sum;
import static dev.retort.sql.Expressions.text;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.STRING;
import static dev.retort.sql.SqlTypes.TEXT;
import static dev.retort.sql.SqlTypes.string;

import dev.retort.sql.Alias;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.DdlStatement;
import dev.retort.sql.MetaData;
import dev.retort.sql.Subquery;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompiledParameter;
import dev.retort.sql.compile.CompilerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of statement, by label, as the compile tests render them for each dialect. Entries
 * with column keys are compiled as an executemany would be ({@code compile(stmt, keys)}).
 */
final class Catalogue {
    private Catalogue() {}

    /** A statement and the parameter names it is compiled for ({@code null}: none given). */
    record Case(ClauseElement statement, List<String> keys) {}

    static Map<String, Case> cases(Fixtures f) {
        Table users = f.users;
        Table addresses = f.addresses;
        Map<String, Case> m = new LinkedHashMap<>();

        // ---------------------------------------------------------------- SELECT
        put(m, "select.table", select(users));
        put(m, "select.columns", select(users.c("name"), users.c("fullname")));
        put(m, "select.two_tables", select(users, addresses).where(users.c("id").eq(addresses.c("user_id"))));
        put(m, "select.like", select(addresses).where(addresses.c("email_address").like("%@gmail.com")));
        put(m, "select.and_or_not", select(users.c("id")).where(and(users.c("name").eq("ed"),
                or(users.c("id").gt(3), not(users.c("fullname").isNull())))));
        put(m, "select.seed_title", select(users.c("fullname").concat(", ").concat(addresses.c("email_address"))
                .label("title"))
                .where(users.c("id").eq(addresses.c("user_id")))
                .where(or(addresses.c("email_address").like("%@aol.com"),
                        addresses.c("email_address").like("%@msn.com"))));
        put(m, "select.concat_where", select(users.c("id")).where(users.c("name").concat("x").eq("edx")));
        put(m, "select.ilike", select(users.c("id")).where(users.c("name").ilike("E%"), users.c("fullname").notIlike("%x%")));
        put(m, "select.starts_contains_ends", select(users.c("id")).where(users.c("name").startsWith("e_"),
                users.c("fullname").contains("50%"), users.c("name").endsWith("d"), users.c("name").notLike("x%")));
        put(m, "select.in", select(users.c("id")).where(users.c("id").in(1, 2, 3), users.c("name").notIn("x", "y")));
        put(m, "select.in_empty", select(users.c("id")).where(users.c("id").in(List.of())));
        put(m, "select.in_select", select(users.c("name")).where(users.c("id").in(
                select(addresses.c("user_id")).where(addresses.c("email_address").like("%@x.org")))));
        put(m, "select.between", select(users.c("id")).where(users.c("id").between(2, 4), users.c("id").notBetween(7, 9)));
        put(m, "select.null", select(users.c("id")).where(users.c("name").isNull(), users.c("fullname").isNotNull(),
                users.<String>c("name").eq((String) null)));
        put(m, "select.ne", select(users.c("id")).where(users.c("name").ne("ed")));
        put(m, "select.arithmetic", select(users.c("id").plus(1).times(2).label("x")).where(users.c("id").minus(1).gt(0)));
        put(m, "select.cast", select(cast(users.c("id"), string(10)).label("sid"), users.c("name").cast(TEXT)));
        put(m, "select.functions", select(func("lower", users.c("name")), func("coalesce", users.c("name"), "?"),
                func("length", users.c("fullname"))));
        put(m, "select.aggregates", select(count(), count(users.c("id")), sum(users.c("id")), min(users.c("name")),
                max(users.c("id")), avg(users.c("id"))));
        put(m, "select.group_having", select(users.c("name"), count().label("n")).groupBy(users.c("name"))
                .having(count().gt(1L)).orderBy(users.c("name")));
        put(m, "select.distinct", select(users.c("name")).distinct());
        put(m, "select.order", select(users.c("id")).orderBy(users.c("name").asc(), users.c("id").desc()));
        put(m, "select.order_nulls", select(users.c("id")).orderBy(users.c("name").nullsFirst(), users.c("id").desc().nullsLast()));
        put(m, "select.order_label", select(users.c("name").label("n")).orderBy(users.c("name").label("n")));
        put(m, "select.limit", select(users.c("id")).orderBy(users.c("id")).limit(2));
        put(m, "select.offset", select(users.c("id")).orderBy(users.c("id")).offset(1));
        put(m, "select.limit_offset", select(users.c("id")).orderBy(users.c("id")).limit(2).offset(1));
        put(m, "select.join", select(users.c("name"), addresses.c("email_address")).join(addresses));
        put(m, "select.outer_join", select(users.c("name"), addresses.c("email_address")).outerJoin(addresses)
                .orderBy(users.c("id")));
        put(m, "select.join_on", select(users.c("name")).selectFrom(
                users.join(addresses, addresses.c("user_id").eq(users.c("id")))).where(addresses.c("id").gt(0)));
        Alias u = users.alias("u");
        put(m, "select.alias", select(u.c("name")).where(u.c("id").eq(1)));
        Subquery counts = select(addresses.c("user_id"), count().label("n")).groupBy(addresses.c("user_id"))
                .subquery("counts");
        put(m, "select.subquery_from", select(users.c("name"), counts.c("n"))
                .where(users.c("id").eq(counts.c("user_id"))));
        put(m, "select.scalar_subquery", select(users.c("name"),
                select(count()).where(addresses.c("user_id").eq(users.c("id"))).scalarSubquery().label("n")));
        put(m, "select.exists", select(users.c("name")).where(exists(select(addresses.c("id"))
                .where(addresses.c("user_id").eq(users.c("id"))))));
        put(m, "select.correlated", select(users.c("name")).where(users.c("id").eq(
                select(max(addresses.c("user_id"))).where(addresses.c("email_address").eq(users.c("name")))
                        .scalarSubquery())));
        put(m, "select.for_update", select(users).where(users.c("id").eq(1)).forUpdate());
        put(m, "select.for_update_ordered", select(users).orderBy(users.c("id")).forUpdate());
        put(m, "select.literal", select(literal(1)));
        put(m, "select.literal_null", select(literal((Object) null)));
        put(m, "select.func_literal", select(func("lower", "X")));
        put(m, "select.concat_literal", select(users.c("name").concat("x")));
        put(m, "select.bind_is_null", select(users.c("id")).where(or(bindParam("n", STRING).isNull(),
                users.c("name").eq(bindParam("n", STRING)))));
        put(m, "select.literals_compared", select(users.c("id")).where(literal(1).eq(literal(1))));
        put(m, "select.reserved", select(f.user).where(f.user.c("left").eq("x")).orderBy(f.user.c("order").desc()));
        put(m, "select.reserved_join", select(f.user.c("left"), f.order.c("select")).join(f.order));

        // ---------------------------------------------------------------- INSERT
        put(m, "insert.all_columns", users.insert());
        put(m, "insert.values", users.insert().values(Map.of("name", "jack", "fullname", "Jack Jones")));
        m.put("insert.executemany_keys", new Case(users.insert(), List.of("name", "fullname")));
        put(m, "insert.from_select", addresses.insert().fromSelect(List.of("user_id", "email_address"),
                select(users.c("id"), users.c("name").concat("@example.com")).where(users.c("id").eq(3))));
        put(m, "insert.returning", users.insert().values(Map.of("name", "wendy")).returning(users.c("id")));
        m.put("insert.default_values", new Case(f.counter.insert(), List.of()));
        put(m, "insert.reserved", f.user.insert().values(Map.of("left", "l", "user", "u")));

        // ---------------------------------------------------------------- UPDATE
        put(m, "update.values_where", users.update().where(users.c("id").eq(1)).values(Map.of("name", "x")));
        put(m, "update.expression", users.update().values(Map.of("fullname", users.c("name").concat("!"))));
        m.put("update.keys_bindparam", new Case(users.update().where(users.c("id").eq(bindParam("user_id", INTEGER))),
                List.of("name", "user_id")));
        put(m, "update.returning", users.update().where(users.c("id").eq(2)).values(Map.of("name", "y"))
                .returning(users.c("id"), users.c("name")));
        put(m, "update.reserved", f.user.update().where(f.user.c("order").eq(1)).values(Map.of("right", 5)));

        // ---------------------------------------------------------------- DELETE
        put(m, "delete.where", users.delete().where(users.c("name").like("f%")));
        put(m, "delete.all", addresses.delete());
        put(m, "delete.returning", users.delete().where(users.c("id").eq(3)).returning(users.c("name")));

        // ---------------------------------------------------------------- text
        put(m, "text.binds", text("select id, name from users where id = :id or name = :name"));
        put(m, "text.bound_values", text("select id from users where id > :min").bindParams(Map.of("min", 3)));

        // ---------------------------------------------------------------- DDL
        put(m, "ddl.create_users", createTable(users));
        put(m, "ddl.create_addresses", createTable(addresses));
        put(m, "ddl.create_everything", createTable(f.everything));
        put(m, "ddl.create_user", createTable(f.user));
        put(m, "ddl.create_order", createTable(f.order));
        put(m, "ddl.create_association", createTable(f.association));
        put(m, "ddl.create_parent", createTable(f.parent));
        put(m, "ddl.create_child", createTable(f.child));
        put(m, "ddl.create_counter", createTable(f.counter));
        put(m, "ddl.on_update_cascade", createTable(f.cascadeOnUpdate(new MetaData())));
        put(m, "ddl.drop_table", dropTable(f.user));
        put(m, "ddl.create_index", createIndex(f.everything.indexes().get(0)));
        put(m, "ddl.create_index_reserved", createIndex(f.user.indexes().get(0)));
        put(m, "ddl.create_unique_index", createIndex(f.child.indexes().get(0)));
        put(m, "ddl.drop_index", dropIndex(f.everything.indexes().get(0)));
        return m;
    }

    private static void put(Map<String, Case> m, String label, ClauseElement statement) {
        m.put(label, new Case(statement, null));
    }

    /** The statement compiled by {@code compilers}. */
    static Compiled compile(CompilerFactory compilers, Case c) {
        if (c.statement() instanceof DdlStatement) {
            return compilers.ddlCompiler().compile(c.statement());
        }
        return compilers.sqlCompiler().compile(c.statement(), c.keys());
    }

    /** The parameters in placeholder order: {@code name=value}, or {@code name} when the value comes at execution. */
    static List<String> parameters(Compiled compiled) {
        List<String> out = new ArrayList<>();
        for (CompiledParameter p : compiled.parameters()) {
            out.add(p.hasValue() ? p.name() + "=" + p.value() : p.name());
        }
        return out;
    }
}
