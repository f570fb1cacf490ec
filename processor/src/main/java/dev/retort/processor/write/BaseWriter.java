package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.SchemaPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Base_}: the base's {@code MetaData} (entity tables and association tables in
 * creation order) and {@code MapperRegistry}, built on first use in a holder class, and the
 * {@code MappedBase} instance methods {@code ServiceLoader} uses.
 *
 * <p>Association tables that no entity maps get one column per key column of each side
 * ({@code left_id}, {@code right_id}) with a foreign key, and a composite primary key over all of
 * them: a pair is linked at most once, and the key doubles as the index the joins need.
 */
public final class BaseWriter {
    private BaseWriter() {}

    /**
     * The generated source of {@code plan}'s {@code Base_}.
     *
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists where the
     *     code is compiled (not on Android), so the class can carry it
     */
    public static JavaFile write(SchemaPlan plan, boolean generatedAnnotation) {
        ClassName generated = plan.base().generated();
        ClassName holder = generated.nestedClass("Holder");
        NameAllocator names = new NameAllocator();
        names.newName("METADATA");
        names.newName("REGISTRY");
        TypeSpec.Builder holderType = TypeSpec.classBuilder(holder).addModifiers(Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL);
        Map<String, String> associationConstants = new HashMap<>();
        for (AssociationModel a : plan.associations()) {
            String constant = names.newName(dev.retort.processor.parse.Naming.constantCase(
                    a.fullName().replace('.', '_')) + "_TABLE");
            associationConstants.put(a.fullName(), constant);
            holderType.addField(FieldSpec.builder(Names.TABLE, constant, Modifier.STATIC, Modifier.FINAL)
                    .initializer(association(a)).build());
        }
        List<CodeBlock> tables = new ArrayList<>();
        for (SchemaPlan.TableRef t : plan.creationOrder()) {
            tables.add(t.entity() != null ? CodeBlock.of("$T.TABLE", t.entity().entity().generated())
                    : CodeBlock.of("$N", associationConstants.get(t.association().fullName())));
        }
        List<CodeBlock> mappers = new ArrayList<>();
        for (EntityPlan p : plan.entities()) {
            mappers.add(CodeBlock.of("$T.MAPPER", p.entity().generated()));
        }
        holderType.addField(FieldSpec.builder(Names.METADATA, "METADATA", Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", Names.METADATA, lines(tables)).build());
        holderType.addField(FieldSpec.builder(Names.MAPPER_REGISTRY, "REGISTRY", Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", Names.MAPPER_REGISTRY, lines(mappers)).build());

        ClassName baseType = plan.base().type();
        TypeSpec.Builder type = TypeSpec.classBuilder(generated)
                .addJavadoc("The tables and mappers of every entity of {@link $T}: {@code metadata()} creates and drops\n"
                        + "the schema, {@code registry()} is what sessions use. Listed in\n"
                        + "{@code META-INF/services/dev.retort.orm.mapping.MappedBase}. Generated; do not edit.\n",
                        baseType)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Names.MAPPED_BASE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("For {@link java.util.ServiceLoader}; use the static methods.\n").build())
                .addMethod(MethodSpec.methodBuilder("metadata").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The tables, referenced tables first.\n")
                        .returns(Names.METADATA).addStatement("return $T.METADATA", holder).build())
                .addMethod(MethodSpec.methodBuilder("registry").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The mappers of the entities.\n")
                        .returns(Names.MAPPER_REGISTRY).addStatement("return $T.REGISTRY", holder).build())
                .addMethod(MethodSpec.methodBuilder("baseType").addAnnotation(Names.OVERRIDE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class),
                                WildcardTypeName.subtypeOf(Object.class)))
                        .addStatement("return $T.class", baseType).build())
                .addMethod(MethodSpec.methodBuilder("getMetadata").addAnnotation(Names.OVERRIDE)
                        .addModifiers(Modifier.PUBLIC).returns(Names.METADATA).addStatement("return metadata()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getRegistry").addAnnotation(Names.OVERRIDE)
                        .addModifiers(Modifier.PUBLIC).returns(Names.MAPPER_REGISTRY)
                        .addStatement("return registry()").build())
                .addMethod(mapperOf(plan))
                .addType(holderType.build());
        if (generatedAnnotation) {
            type.addAnnotation(Names.generated());
        }
        return JavaFile.builder(generated.packageName(), type.build()).skipJavaLangImports(true).indent("    ")
                .build();
    }

    /**
     * {@code mapperOf(type)}: a switch on the class's binary name (the entity classes themselves
     * may not be accessible from the base's package) that reads one metamodel's {@code MAPPER},
     * so a session's first lookup of a class initializes that class's metamodel alone.
     */
    private static MethodSpec mapperOf(SchemaPlan plan) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (type.getName())");
        for (EntityPlan p : plan.entities()) {
            body.addStatement("case $S: return $T.MAPPER", p.entity().type().reflectionName(), p.entity().generated());
        }
        body.addStatement("default: return null").endControlFlow();
        return MethodSpec.methodBuilder("mapperOf").addAnnotation(Names.OVERRIDE).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The mapper of {@code type} if it is an entity of this base, else {@code null}: initializes\n"
                        + "that entity's metamodel alone.\n")
                .returns(ParameterizedTypeName.get(Names.ENTITY_MAPPER, WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(Object.class)), "type")
                .addCode(body.build()).build();
    }

    private static CodeBlock lines(List<CodeBlock> items) {
        if (items.isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().add("\n").indent().indent().add(CodeBlock.join(items, ",\n")).unindent().unindent()
                .build();
    }

    private static CodeBlock association(AssociationModel a) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.builder($S)\n", Names.TABLE, a.name()).indent().indent();
        if (a.schema() != null) {
            b.add(".schema($S)\n", a.schema());
        }
        List<CodeBlock> cols = new ArrayList<>();
        for (AssociationModel.Column c : a.columns()) {
            cols.add(CodeBlock.of("new $T<>($S, $L).primaryKey().foreignKey($S)", Names.COLUMN, c.name(),
                    TypeCode.storedType(c.type()), c.references()));
        }
        b.add(".add(\n").indent().indent().add(CodeBlock.join(cols, ",\n")).add(")\n").unindent().unindent();
        return b.add(".build()").unindent().unindent().build();
    }
}
