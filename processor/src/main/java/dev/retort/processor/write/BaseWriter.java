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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
    /**
     * The name of the constant, and the prefix of the further ones, listing the classes that declare
     * the base's entities, one a line: a later compilation that recompiles only some of them reads
     * the others from it, so the {@code Base_} it writes is still complete.
     */
    public static final String ENTITIES = "ENTITIES";
    /** The most UTF-8 bytes one constant holds (a class file's limit is 65,535). */
    private static final int CONSTANT_LIMIT = 60_000;

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
                .addFields(entityList(plan, baseType))
                .addField(FieldSpec.builder(Names.MAPPED_BASE, "BASE", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("This base, through which the metamodels' relationships find the related class's\n"
                                + "mapper when first used.\n")
                        .initializer("new $T()", generated).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(Names.SUPPLIER, Names.METADATA), "HOME",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Where the metamodels' tables find their {@code MetaData}.\n")
                        .initializer("$T::metadata", generated).build())
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
     * The constants listing the classes that declare the entities, sorted: one, unless the list
     * outgrows what a class file's constant holds.
     */
    private static List<FieldSpec> entityList(SchemaPlan plan, ClassName baseType) {
        TreeSet<String> names = new TreeSet<>();
        for (EntityPlan p : plan.entities()) {
            names.add(p.entity().site().type());
        }
        List<String> chunks = entityLines(names, CONSTANT_LIMIT);
        List<FieldSpec> fields = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            FieldSpec.Builder f = FieldSpec.builder(String.class, i == 0 ? ENTITIES : ENTITIES + "_" + (i + 1),
                    Modifier.STATIC, Modifier.FINAL).initializer("$S", chunks.get(i));
            if (i == 0) {
                f.addJavadoc("The classes that declare the entities of {@link $T}, one a line: Retort's processor\n"
                        + "reads them when it compiles only some of them again.\n", baseType);
            }
            fields.add(f.build());
        }
        return fields;
    }

    /**
     * {@code names}, one a line ({@code "a\nb\n"}), in as few strings as hold them with at most
     * {@code limit} UTF-8 bytes each (a name longer than that gets a string of its own); one empty
     * string for no names.
     */
    static List<String> entityLines(Iterable<String> names, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (String name : names) {
            int size = name.getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes + size > limit && chunk.length() > 0) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(name).append('\n');
            bytes += size;
        }
        chunks.add(chunk.toString());
        return chunks;
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
                    TypeCode.storedType(c.type()).block(), c.references()));
        }
        b.add(".add(\n").indent().indent().add(CodeBlock.join(cols, ",\n")).add(")\n").unindent().unindent();
        return b.add(".build()").unindent().unindent().build();
    }
}
