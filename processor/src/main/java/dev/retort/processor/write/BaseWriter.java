package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.retort.processor.model.AssociationModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.SchemaPlan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
     * The generated source of {@code plan}'s {@code Base_}, printed in one pass by {@link SourceText}
     * (the same text JavaPoet's {@code JavaFile} printed).
     *
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists where the
     *     code is compiled (not on Android), so the class can carry it
     */
    public static String write(SchemaPlan plan, boolean generatedAnnotation) {
        ClassName generated = plan.base().generated();
        ClassName baseType = plan.base().type();
        Code type = new Code().javadoc(new Code().text("The tables and mappers of every entity of {@link ")
                .type(baseType).text("}: {@code metadata()} creates and drops\n"
                        + "the schema, {@code registry()} is what sessions use. Listed in\n"
                        + "{@code META-INF/services/dev.retort.orm.mapping.MappedBase}. Generated; do not edit.\n"));
        if (generatedAnnotation) {
            type.text("@").type(Names.GENERATED).text("(").string(Names.PROCESSOR).text(")\n");
        }
        type.text("public final class " + generated.simpleName() + " implements ").type(Names.MAPPED_BASE)
                .text(" {\n").indent();
        MetamodelWriter.Members members = new MetamodelWriter.Members(type);
        entityList(members, plan, baseType);
        members.next().javadoc(new Code().text("This base, through which the metamodels' relationships find the"
                        + " related class's\nmapper when first used.\n"))
                .text("public static final ").type(Names.MAPPED_BASE).text(" BASE = new ").type(generated)
                .text("();\n");
        members.next().javadoc(new Code().text("Where the metamodels' tables find their {@code MetaData}.\n"))
                .text("public static final ").type(Names.SUPPLIER).text("<").type(Names.METADATA).text("> HOME = ")
                .type(generated).text("::metadata;\n");
        members.next().javadoc(new Code().text("For {@link java.util.ServiceLoader}; use the static methods.\n"))
                .text("public " + generated.simpleName() + "() {\n}\n");
        method(members.next().javadoc(new Code().text("The tables, referenced tables first.\n")),
                "public static ", new Code().type(Names.METADATA), "metadata",
                new Code().text("return Holder.METADATA;\n"));
        method(members.next().javadoc(new Code().text("The mappers of the entities.\n")),
                "public static ", new Code().type(Names.MAPPER_REGISTRY), "registry",
                new Code().text("return Holder.REGISTRY;\n"));
        method(members.next().text("@").type(Names.OVERRIDE).text("\n"), "public ", new Code().text("Class<?>"),
                "baseType", new Code().text("return ").type(baseType).text(".class;\n"));
        method(members.next().text("@").type(Names.OVERRIDE).text("\n"), "public ", new Code().type(Names.METADATA),
                "getMetadata", new Code().text("return metadata();\n"));
        method(members.next().text("@").type(Names.OVERRIDE).text("\n"), "public ",
                new Code().type(Names.MAPPER_REGISTRY), "getRegistry", new Code().text("return registry();\n"));
        mapperOf(members.next(), plan);
        holder(members.next(), plan);
        type.unindent().text("}\n");
        return SourceText.file(generated, Set.of("Holder"), type);
    }

    /** {@code modifiers returns name() {body}}. */
    private static void method(Code out, String modifiers, Code returns, String name, Code body) {
        out.text(modifiers).code(returns).text(" " + name + "(").zeroWidthSpace().text(") {\n").indent()
                .code(body).unindent().text("}\n");
    }

    /**
     * The holder of the {@code MetaData} (the association tables no entity maps, then the tables
     * in creation order) and of the {@code MapperRegistry}, built when first used.
     */
    private static void holder(Code out, SchemaPlan plan) {
        out.text("private static final class Holder {\n").indent();
        MetamodelWriter.Members members = new MetamodelWriter.Members(out);
        NameAllocator names = new NameAllocator();
        names.newName("METADATA");
        names.newName("REGISTRY");
        Map<String, String> associationConstants = new HashMap<>();
        for (AssociationModel a : plan.associations()) {
            String constant = names.newName(dev.retort.processor.parse.Naming.constantCase(
                    a.fullName().replace('.', '_')) + "_TABLE");
            associationConstants.put(a.fullName(), constant);
            members.next().text("static final ").type(Names.TABLE).text(" " + constant + " = ").code(association(a))
                    .text(";\n");
        }
        List<Code> tables = new ArrayList<>();
        for (SchemaPlan.TableRef t : plan.creationOrder()) {
            tables.add(t.entity() != null ? new Code().type(t.entity().entity().generated()).text(".TABLE")
                    : new Code().text(associationConstants.get(t.association().fullName())));
        }
        List<Code> mappers = new ArrayList<>();
        for (EntityPlan p : plan.entities()) {
            mappers.add(new Code().type(p.entity().generated()).text(".MAPPER"));
        }
        members.next().text("static final ").type(Names.METADATA).text(" METADATA = ").type(Names.METADATA)
                .text(".of(").code(lines(tables)).text(");\n");
        members.next().text("static final ").type(Names.MAPPER_REGISTRY).text(" REGISTRY = ")
                .type(Names.MAPPER_REGISTRY).text(".of(").code(lines(mappers)).text(");\n");
        out.unindent().text("}\n");
    }

    /**
     * The constants listing the classes that declare the entities, sorted: one, unless the list
     * outgrows what a class file's constant holds.
     */
    private static void entityList(MetamodelWriter.Members members, SchemaPlan plan, ClassName baseType) {
        TreeSet<String> names = new TreeSet<>();
        for (EntityPlan p : plan.entities()) {
            names.add(p.entity().site().type());
        }
        List<String> chunks = entityLines(names, CONSTANT_LIMIT);
        for (int i = 0; i < chunks.size(); i++) {
            Code f = members.next();
            if (i == 0) {
                f.javadoc(new Code().text("The classes that declare the entities of {@link ").type(baseType)
                        .text("}, one a line: Retort's processor\nreads them when it compiles only some of them"
                                + " again.\n"));
            }
            f.text("static final String " + (i == 0 ? ENTITIES : ENTITIES + "_" + (i + 1)) + " = ")
                    .string(chunks.get(i)).text(";\n");
        }
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
    private static void mapperOf(Code out, SchemaPlan plan) {
        out.javadoc(new Code().text("The mapper of {@code type} if it is an entity of this base, else {@code null}:"
                        + " initializes\nthat entity's metamodel alone.\n"))
                .text("@").type(Names.OVERRIDE).text("\npublic ").type(Names.ENTITY_MAPPER)
                .text("<?> mapperOf(").zeroWidthSpace().text("Class<?> type) {\n").indent()
                .text("switch (type.getName()) {\n").indent();
        for (EntityPlan p : plan.entities()) {
            out.statement(new Code().text("case ").string(p.entity().type().reflectionName()).text(": return ")
                    .type(p.entity().generated()).text(".MAPPER"));
        }
        out.statement(new Code().text("default: return null")).unindent().text("}\n").unindent().text("}\n");
    }

    /** The items on lines of their own, indented twice, separated by commas. */
    private static Code lines(List<Code> items) {
        Code c = new Code();
        if (items.isEmpty()) {
            return c;
        }
        c.text("\n").indent().indent();
        for (int i = 0; i < items.size(); i++) {
            c.text(i == 0 ? "" : ",\n").code(items.get(i));
        }
        return c.unindent().unindent();
    }

    private static Code association(AssociationModel a) {
        Code b = new Code().type(Names.TABLE).text(".builder(").string(a.name()).text(")\n").indent().indent();
        if (a.schema() != null) {
            b.text(".schema(").string(a.schema()).text(")\n");
        }
        b.text(".add(\n").indent().indent();
        for (int i = 0; i < a.columns().size(); i++) {
            AssociationModel.Column c = a.columns().get(i);
            b.text(i == 0 ? "" : ",\n").text("new ").type(Names.COLUMN).text("<>(").string(c.name()).text(", ")
                    .code(TypeCode.storedType(c.type())).text(").primaryKey().foreignKey(").string(c.references())
                    .text(")");
        }
        return b.text(")\n").unindent().unindent().text(".build()").unindent().unindent();
    }
}
