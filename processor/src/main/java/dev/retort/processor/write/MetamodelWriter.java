package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.IndexModel;
import dev.retort.processor.model.RelationModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code User_}: converter instances, {@code TABLE}, one typed {@code Attribute} per column,
 * one {@code Relation} per relationship, and {@code MAPPER} (the nested class comes from
 * {@link MapperWriter}). Static initializers name other generated classes only inside lambdas, so
 * two threads initializing related classes cannot deadlock.
 *
 * <p>Every constructor and generic call in the static initializers carries explicit type arguments
 * ({@code new Column<Long>}, {@code TABLE.<Long>c("id")}, {@code Relation.<User, Address>builder}):
 * a diamond or an inferred generic call in argument position is a poly expression that javac
 * attributes speculatively and infers, which was about half of the time javac spent attributing
 * the generated code.
 */
public final class MetamodelWriter {
    private MetamodelWriter() {}

    /**
     * The generated source of {@code plan}'s entity.
     *
     * @param baseGenerated the base's {@code Base_}
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists where the
     *     code is compiled (not on Android), so the class can carry it
     */
    public static JavaFile write(EntityPlan plan, ClassName baseGenerated, boolean generatedAnnotation) {
        EntityModel e = plan.entity();
        TypeSpec.Builder type = TypeSpec.classBuilder(e.generated())
                .addJavadoc("The Retort metamodel and mapper of {@link $T}, table {@code $L}: the Core table, typed\n"
                        + "attributes and relationships for queries, and the straight-line code that moves its state\n"
                        + "to and from rows. Generated from the class's annotations; do not edit.\n", e.type(),
                        e.tableFullName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (generatedAnnotation) {
            type.addAnnotation(Names.generated());
        }

        for (ColumnModel c : e.columns()) {
            if (c.converter() != null) {
                type.addField(FieldSpec.builder(c.converter().type(), TypeCode.converterConstant(c), Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL).initializer("new $T()", c.converter().type()).build());
            }
        }
        type.addField(FieldSpec.builder(Names.TABLE, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table {@code $L}.\n", e.tableFullName())
                .initializer(table(plan, baseGenerated)).build());

        List<CodeBlock> attributeNames = new ArrayList<>();
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            TypeName t = ParameterizedTypeName.get(Names.ATTRIBUTE, e.type(), c.boxedType());
            type.addField(FieldSpec.builder(t, c.attribute(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(AttributeDocs.column(plan, i))
                    .initializer("new $T<$T, $T>($T.class, $S, TABLE.<$T>c($S), $L)", Names.ATTRIBUTE, e.type(),
                            c.boxedType(), e.type(), c.attribute(), c.boxedType(), c.name(), i)
                    .build());
            attributeNames.add(CodeBlock.of("$N", c.attribute()));
        }
        List<CodeBlock> relationNames = new ArrayList<>();
        for (RelationModel r : plan.relations()) {
            TypeName t = ParameterizedTypeName.get(Names.RELATION, e.type(), r.target());
            type.addField(FieldSpec.builder(t, r.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(AttributeDocs.relation(r)).initializer(relation(e, r)).build());
            relationNames.add(CodeBlock.of("$N", r.name()));
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(Names.ENTITY_MAPPER, e.type()), "MAPPER",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Creates, reads and compares {@link $T} objects for the session.\n", e.type())
                .initializer("new Mapper()").build());
        QueryWriter.write(type, plan);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addType(MapperWriter.mapper(plan));
        return JavaFile.builder(e.generated().packageName(), type.build()).skipJavaLangImports(true).indent("    ")
                .build();
    }

    private static CodeBlock table(EntityPlan plan, ClassName baseGenerated) {
        EntityModel e = plan.entity();
        CodeBlock.Builder b = CodeBlock.builder().add("$T.builder($S)\n", Names.TABLE, e.table()).indent().indent()
                .add(".home($T::metadata)\n", baseGenerated);
        if (e.schema() != null) {
            b.add(".schema($S)\n", e.schema());
        }
        // an array, not varargs: javac resolves a varargs call only after two failed phases
        b.add(".add(new $T[] {\n", Names.SCHEMA_ITEM).indent().indent();
        List<CodeBlock> items = new ArrayList<>();
        for (int i = 0; i < e.columns().size(); i++) {
            items.add(column(e, e.columns().get(i), plan.defaults().get(i), i == plan.autoincrementIndex()));
        }
        for (int i = 0; i < e.indexes().size(); i++) {
            items.add(index(e, e.indexes().get(i), plan.indexColumns().get(i)));
        }
        b.add(CodeBlock.join(items, ",\n")).add("})\n").unindent().unindent().add(".build()").unindent().unindent();
        return b.build();
    }

    private static CodeBlock column(EntityModel e, ColumnModel c, String defaultLiteral, boolean autoincrement) {
        CodeBlock.Builder b = CodeBlock.builder().add("new $T<$T>($S, $L)", Names.COLUMN, c.boxedType(), c.name(),
                TypeCode.columnType(c));
        if (c.primaryKey()) {
            b.add(".primaryKey()");
            // the runtime's own rule would make this key autoincrement; the declaration said no
            boolean runtimeAuto = c.type().isInteger() && c.foreignKey() == null && c.serverDefault() == null
                    && e.primaryKey().size() == 1;
            if (runtimeAuto && !autoincrement) {
                b.add(".autoincrement(false)");
            }
        } else if (c.explicitNotNull()) {
            b.add(".nullable(false)");
        }
        if (c.unique()) {
            b.add(".unique()");
        }
        if (c.index()) {
            b.add(".index()");
        }
        if (c.foreignKey() != null) {
            if (c.foreignKey().onDelete() == null) {
                b.add(".foreignKey($S)", c.foreignKey().spec());
            } else {
                b.add(".foreignKey($S, $T.$L)", c.foreignKey().spec(), Names.REFERENTIAL_ACTION,
                        c.foreignKey().onDelete().name());
            }
        }
        if (c.serverDefault() != null) {
            b.add(".serverDefault($S)", c.serverDefault());
        }
        if (c.sequence() != null && autoincrement) {
            b.add(".sequence(new $T($S, 1, $L))", Names.SEQUENCE, c.sequence(), c.allocationSize());
        }
        CodeBlock dv = TypeCode.defaultValue(c, defaultLiteral);
        if (dv != null) {
            b.add(".defaultValue($L)", dv);
        }
        return b.build();
    }

    private static CodeBlock index(EntityModel e, IndexModel index, List<String> columns) {
        List<CodeBlock> names = columns.stream().map(n -> CodeBlock.of("$S", n)).toList();
        CodeBlock list = CodeBlock.of("$T.of($L)", Names.LIST, CodeBlock.join(names, ", "));
        if (index.constraint()) {
            return index.name() == null ? CodeBlock.of("new $T(null, $L)", Names.UNIQUE_CONSTRAINT, list)
                    : CodeBlock.of("new $T($S, $L)", Names.UNIQUE_CONSTRAINT, index.name(), list);
        }
        String name = index.name() != null ? index.name() : "ix_" + e.table() + "_" + String.join("_", columns);
        return CodeBlock.of("new $T($S, $L, $L)", Names.INDEX, name, list, index.unique());
    }

    private static CodeBlock relation(EntityModel e, RelationModel r) {
        CodeBlock.Builder b = CodeBlock.builder()
                .add("$T.<$T, $T>builder($T.class, $S, $L,\n", Names.RELATION, e.type(), r.target(), e.type(), r.name(),
                        r.index())
                .indent().indent().indent().indent()
                .add("$T.$L, $T.class, () -> $T.MAPPER)\n", Names.RELATION_KIND, r.kind().name(), r.target(),
                        r.targetGenerated())
                .unindent().unindent()
                .add(".ownerTable(TABLE)\n");
        if (r.local().size() == 1) {
            b.add(".join($S, $S)\n", r.local().get(0), r.remote().get(0));
        } else {
            b.add(".join($L, $L)\n", strings(r.local()), strings(r.remote()));
        }
        if (r.secondary() != null) {
            b.add(".secondary($S, $L, $L)\n", r.secondary(), strings(r.secondaryToOwner()),
                    strings(r.secondaryToTarget()));
        }
        if (r.backPopulates() != null) {
            b.add(".backPopulates($S)\n", r.backPopulates());
        }
        for (Relation.Ordering o : r.orderBy()) {
            b.add(".orderBy($S, $L)\n", o.attribute(), o.descending());
        }
        if (r.lazy() != LoadStrategy.SELECT) {
            b.add(".lazy($T.$L)\n", Names.LOAD_STRATEGY, r.lazy().name());
        }
        if (!r.cascade().equals(EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE))) {
            List<CodeBlock> options = r.cascade().stream()
                    .map(c -> CodeBlock.of("$T.$L", Names.CASCADE_OPTION, c.name())).toList();
            b.add(".cascade($L)\n", CodeBlock.join(options, ", "));
        }
        if (r.collectionType() == Relation.CollectionType.SET) {
            b.add(".collectionType($T.SET)\n", Names.COLLECTION_TYPE);
        }
        if (!r.hasField()) {
            b.add(".withoutField()\n");
        }
        return b.add(".build()").unindent().unindent().build();
    }

    static CodeBlock strings(List<String> values) {
        List<CodeBlock> items = values.stream().map(v -> CodeBlock.of("$S", v)).toList();
        return CodeBlock.of("$T.of($L)", Names.LIST, CodeBlock.join(items, ", "));
    }
}
