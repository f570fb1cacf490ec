package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.VerifiedQuery;
import dev.retort.processor.parse.Naming;

/**
 * Writes each {@code @Query} of an entity as a {@code NamedQuery} constant and a typed static
 * method that runs it through a {@code QueryRunner} (the session):
 *
 * <pre>{@code
 * public static List<Address> byEmail(QueryRunner runner, String email) {
 *     return runner.list(BY_EMAIL, email);
 * }
 * }</pre>
 */
final class QueryWriter {
    private QueryWriter() {}

    /** The {@code NamedQuery} constants, one a query. */
    static void constants(MetamodelWriter.Members members, EntityPlan plan) {
        for (VerifiedQuery q : plan.queries()) {
            constant(members.next(), plan.entity(), q, Naming.constantCase(q.query().name()));
        }
    }

    /** The static methods that run them. */
    static void methods(MetamodelWriter.Members members, EntityPlan plan) {
        for (VerifiedQuery q : plan.queries()) {
            method(members.next(), plan.entity(), q, Naming.constantCase(q.query().name()));
        }
    }

    private static TypeName element(EntityModel e, VerifiedQuery q) {
        switch (q.result()) {
            case ENTITIES: return e.type();
            case ROWS: return Names.ROW;
            default: return ClassName.get(Integer.class);
        }
    }

    private static void constant(Code out, EntityModel e, VerifiedQuery q, String constant) {
        Code list = new Code().type(Names.LIST).text(".of(");
        if (!q.parameters().isEmpty()) {
            list.text("\n").indent().indent();
            String separator = "";
            for (VerifiedQuery.Parameter p : q.parameters()) {
                Code type = p.ownAttribute() != null ? new Code().text(p.ownAttribute() + ".type()")
                        : TypeCode.storedType(p.type());
                list.text(separator).text("new ").type(Names.NAMED_QUERY_PARAM).text("(").string(p.name()).text(", ")
                        .code(type).text(")");
                separator = ",\n";
            }
            list.unindent().unindent();
        }
        list.text(")");
        Code init = new Code().type(Names.NAMED_QUERY);
        switch (q.result()) {
            case ENTITIES: {
                StringBuilder order = new StringBuilder();
                for (int i : q.columnOrder()) {
                    order.append(order.length() == 0 ? "" : ", ").append(i);
                }
                init.text(".entities(").string(q.query().name()).text(",\n").indent().indent().string(q.text())
                        .text(",\n() -> MAPPER,\n").code(list).text(",\nnew int[] {" + order + "})");
                break;
            }
            case ROWS:
                init.text(".rows(").string(q.query().name()).text(",\n").indent().indent().string(q.text())
                        .text(",\n").code(list).text(")");
                break;
            default:
                init.text(".update(").string(q.query().name()).text(",\n").indent().indent().string(q.text())
                        .text(",\n").code(list).text(")");
        }
        init.unindent().unindent();
        out.javadoc(new Code().text("The named query {@code " + q.query().name()
                        + "}, checked against the schema at compile time.\n"))
                .text("public static final ").type(Names.NAMED_QUERY).text("<").type(element(e, q))
                .text("> " + constant + " = ").code(init).text(";\n");
    }

    private static void method(Code out, EntityModel e, VerifiedQuery q, String constant) {
        NameAllocator names = new NameAllocator();
        String runner = names.newName("runner", "runner");
        Code params = new Code().type(Names.QUERY_RUNNER).text(" " + runner);
        StringBuilder arguments = new StringBuilder(constant);
        for (VerifiedQuery.Parameter p : q.parameters()) {
            String name = names.newName(p.name(), p);
            params.text(",").wrappingSpace().type(p.javaType()).text(" " + name);
            arguments.append(", ").append(name);
        }
        String sql = javadocText(q.query().sql());
        Code doc = new Code();
        Code returns = new Code();
        String call;
        switch (q.result()) {
            case ENTITIES:
                doc.text("The {@link ").type(e.type()).text("} objects of:\n<pre>\n" + sql + "\n</pre>\n");
                returns.type(Names.LIST).text("<").type(e.type()).text(">");
                call = ".list(";
                break;
            case ROWS:
                doc.text("The rows of:\n<pre>\n" + sql + "\n</pre>\n");
                returns.type(Names.LIST).text("<").type(Names.ROW).text(">");
                call = ".list(";
                break;
            default:
                doc.text("Runs the following, returning the number of rows changed:\n<pre>\n" + sql + "\n</pre>\n");
                returns.text("int");
                call = ".update(";
        }
        out.javadoc(doc).text("public static ").code(returns).text(" " + q.query().name() + "(").zeroWidthSpace()
                .code(params).text(") {\n").indent()
                .statement(new Code().text("return " + runner + call + arguments + ")"))
                .unindent().text("}\n");
    }

    /** SQL safe inside a Javadoc {@code <pre>} block. */
    private static String javadocText(String sql) {
        return sql.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

}
