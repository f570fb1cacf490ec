package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.VerifiedQuery;
import dev.retort.processor.parse.Naming;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

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

    static void write(TypeSpec.Builder type, EntityPlan plan) {
        for (VerifiedQuery q : plan.queries()) {
            String constant = Naming.constantCase(q.query().name());
            type.addField(constant(plan.entity(), q, constant));
            type.addMethod(method(plan.entity(), q, constant));
        }
    }

    private static TypeName element(EntityModel e, VerifiedQuery q) {
        switch (q.result()) {
            case ENTITIES: return e.type();
            case ROWS: return Names.ROW;
            default: return ClassName.get(Integer.class);
        }
    }

    private static FieldSpec constant(EntityModel e, VerifiedQuery q, String constant) {
        List<CodeBlock> params = new ArrayList<>();
        for (VerifiedQuery.Parameter p : q.parameters()) {
            CodeBlock type = p.ownAttribute() != null ? CodeBlock.of("$N.type()", p.ownAttribute())
                    : TypeCode.storedType(p.type()).build();
            params.add(CodeBlock.of("new $T($S, $L)", Names.NAMED_QUERY_PARAM, p.name(), type));
        }
        CodeBlock list = params.isEmpty() ? CodeBlock.of("$T.of()", Names.LIST)
                : CodeBlock.builder().add("$T.of(\n", Names.LIST).indent().indent()
                        .add(CodeBlock.join(params, ",\n")).add(")").unindent().unindent().build();
        CodeBlock init;
        switch (q.result()) {
            case ENTITIES: {
                List<CodeBlock> order = q.columnOrder().stream().map(i -> CodeBlock.of("$L", i)).toList();
                init = CodeBlock.of("$T.entities($S,\n$>$>$S,\n() -> MAPPER,\n$L,\nnew int[] {$L})$<$<",
                        Names.NAMED_QUERY, q.query().name(), q.text(), list, CodeBlock.join(order, ", "));
                break;
            }
            case ROWS:
                init = CodeBlock.of("$T.rows($S,\n$>$>$S,\n$L)$<$<", Names.NAMED_QUERY, q.query().name(), q.text(),
                        list);
                break;
            default:
                init = CodeBlock.of("$T.update($S,\n$>$>$S,\n$L)$<$<", Names.NAMED_QUERY, q.query().name(),
                        q.text(), list);
        }
        return FieldSpec.builder(ParameterizedTypeName.get(Names.NAMED_QUERY, element(e, q)), constant,
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The named query {@code $L}, checked against the schema at compile time.\n",
                        q.query().name())
                .initializer(init).build();
    }

    private static MethodSpec method(EntityModel e, VerifiedQuery q, String constant) {
        NameAllocator names = new NameAllocator();
        String runner = names.newName("runner");
        MethodSpec.Builder m = MethodSpec.methodBuilder(q.query().name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Names.QUERY_RUNNER, runner);
        List<CodeBlock> args = new ArrayList<>();
        for (VerifiedQuery.Parameter p : q.parameters()) {
            String name = names.newName(p.name());
            m.addParameter(p.javaType(), name);
            args.add(CodeBlock.of("$N", name));
        }
        CodeBlock arguments = args.isEmpty() ? CodeBlock.of("$N", constant)
                : CodeBlock.of("$N, $L", constant, CodeBlock.join(args, ", "));
        String sql = javadocText(q.query().sql());
        switch (q.result()) {
            case ENTITIES:
                m.addJavadoc("The {@link $T} objects of:\n<pre>\n$L\n</pre>\n", e.type(), sql)
                        .returns(ParameterizedTypeName.get(Names.LIST, e.type()))
                        .addStatement("return $N.list($L)", runner, arguments);
                break;
            case ROWS:
                m.addJavadoc("The rows of:\n<pre>\n$L\n</pre>\n", sql)
                        .returns(ParameterizedTypeName.get(Names.LIST, Names.ROW))
                        .addStatement("return $N.list($L)", runner, arguments);
                break;
            default:
                m.addJavadoc("Runs the following, returning the number of rows changed:\n<pre>\n$L\n</pre>\n", sql)
                        .returns(TypeName.INT)
                        .addStatement("return $N.update($L)", runner, arguments);
        }
        return m.build();
    }

    /** SQL safe inside a Javadoc {@code <pre>} block. */
    private static String javadocText(String sql) {
        return sql.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

}
