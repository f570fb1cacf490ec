package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.IndexModel;
import dev.retort.processor.model.RelationModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code User_}: converter instances, {@code TABLE}, one typed {@code Attribute} per column,
 * one {@code Relation} per relationship, and {@code MAPPER} (the nested class comes from
 * {@link MapperWriter}). The static initializers name no other entity's {@code User_}, only the
 * base's {@code Base_}, whose own initializer names none (a table finds its {@code MetaData}
 * through {@code Base_.HOME}, a relationship its target's mapper through {@code Base_.BASE}, when
 * first used): two threads initializing related classes cannot deadlock, and initializing one
 * metamodel initializes no other. Neither needs a lambda or method reference per table or
 * relationship, which javac compiles at some 50 KB each.
 *
 * <p>Every constructor and generic call in the static initializers carries explicit type arguments
 * ({@code new Column<Long>}, {@code new Attribute<User, Long>}, {@code Relation.<User, Address>builder}):
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
    public static String write(EntityPlan plan, ClassName baseGenerated, boolean generatedAnnotation) {
        EntityModel e = plan.entity();
        Code type = new Code().javadoc(new Code().text("The Retort metamodel and mapper of {@link ").type(e.type())
                .text("}, table {@code " + e.tableFullName() + "}: the Core table, typed\n"
                        + "attributes and relationships for queries, and the straight-line code that moves its state\n"
                        + "to and from rows. Generated from the class's annotations; do not edit.\n"));
        if (generatedAnnotation) {
            type.text("@").type(Names.GENERATED).text("(").string(Names.PROCESSOR).text(")\n");
        }
        type.text("public final class " + e.generated().simpleName() + " {\n").indent();
        Members members = new Members(type);
        for (ColumnModel c : e.columns()) {
            if (c.converter() != null) {
                members.next().text("private static final ").type(c.converter().type())
                        .text(" " + TypeCode.converterConstant(c) + " = new ").type(c.converter().type()).text("();\n");
            }
        }
        members.next().javadoc(new Code().text("The table {@code " + e.tableFullName() + "}.\n"))
                .text("public static final ").type(Names.TABLE).text(" TABLE = ").code(table(plan, baseGenerated))
                .text(";\n");
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            members.next().javadoc(AttributeDocs.column(plan, i)).text("public static final ").type(Names.ATTRIBUTE)
                    .text("<").type(e.type()).text(", ").type(c.boxedType()).text("> " + c.attribute() + " = new ")
                    .type(Names.ATTRIBUTE).text("<").type(e.type()).text(", ").type(c.boxedType()).text(">(")
                    .type(e.type()).text(".class, ").string(c.attribute()).text(", TABLE, ").string(c.name())
                    .text(", " + i + ");\n");
        }
        for (RelationModel r : plan.relations()) {
            members.next().javadoc(AttributeDocs.relation(r)).text("public static final ").type(Names.RELATION)
                    .text("<").type(e.type()).text(", ").type(r.target()).text("> " + r.name() + " = ")
                    .code(relation(e, r, baseGenerated)).text(";\n");
        }
        members.next().javadoc(new Code().text("Creates, reads and compares {@link ").type(e.type())
                        .text("} objects for the session.\n"))
                .text("public static final ").type(Names.ENTITY_MAPPER).text("<").type(e.type())
                .text("> MAPPER = new Mapper();\n");
        QueryWriter.constants(members, plan);
        members.next().text("private " + e.generated().simpleName() + "() {\n}\n");
        QueryWriter.methods(members, plan);
        MapperWriter.mapper(members.next(), plan);
        type.unindent().text("}\n");
        return SourceText.file(e.generated(), Set.of("Mapper"), type);
    }

    /** The members of a class: each after a blank line but the first. */
    static final class Members {
        private final Code code;
        private boolean first = true;

        Members(Code code) {
            this.code = code;
        }

        /** Where the next member is to be written. */
        Code next() {
            if (!first) {
                code.text("\n");
            }
            first = false;
            return code;
        }
    }

    private static Code table(EntityPlan plan, ClassName baseGenerated) {
        EntityModel e = plan.entity();
        Code b = new Code().type(Names.TABLE).text(".builder(").string(e.table()).text(")\n").indent().indent()
                .text(".home(").type(baseGenerated).text(".HOME)\n");
        if (e.schema() != null) {
            b.text(".schema(").string(e.schema()).text(")\n");
        }
        // an array, not varargs: javac resolves a varargs call only after two failed phases
        b.text(".define(new Object[] {\n").indent().indent();
        String separator = "";
        for (int i = 0; i < e.columns().size(); i++) {
            b.text(separator).code(column(e, e.columns().get(i), plan.defaults().get(i), i == plan.autoincrementIndex()));
            separator = ",\n";
        }
        for (int i = 0; i < e.indexes().size(); i++) {
            b.text(separator).code(index(e, e.indexes().get(i), plan.indexColumns().get(i)));
            separator = ",\n";
        }
        return b.text("})\n").unindent().unindent().text(".build()").unindent().unindent();
    }

    private static Code column(EntityModel e, ColumnModel c, String defaultLiteral, boolean autoincrement) {
        String declaration = declaration(e, c, defaultLiteral, autoincrement);
        if (declaration != null) {
            return new Code().string(declaration);
        }
        Code b = new Code().text("new ").type(Names.COLUMN).text("<").type(c.boxedType()).text(">(").string(c.name())
                .text(", ").code(TypeCode.columnType(c)).text(")");
        if (c.primaryKey()) {
            b.text(".primaryKey()");
            if (declinesAutoincrement(e, c, autoincrement)) {
                b.text(".autoincrement(false)");
            }
        } else if (c.explicitNotNull()) {
            b.text(".nullable(false)");
        }
        if (c.unique()) {
            b.text(".unique()");
        }
        if (c.index()) {
            b.text(".index()");
        }
        if (c.foreignKey() != null) {
            b.text(".foreignKey(").string(c.foreignKey().spec());
            if (c.foreignKey().onDelete() != null) {
                b.text(", ").type(Names.REFERENTIAL_ACTION).text("." + c.foreignKey().onDelete().name());
            }
            b.text(")");
        }
        if (c.serverDefault() != null) {
            b.text(".serverDefault(").string(c.serverDefault()).text(")");
        }
        if (c.sequence() != null && autoincrement) {
            b.text(".sequence(new ").type(Names.SEQUENCE).text("(").string(c.sequence())
                    .text(", 1, " + c.allocationSize() + "))");
        }
        Code dv = TypeCode.defaultValue(c, defaultLiteral);
        if (dv != null) {
            b.text(".defaultValue(").code(dv).text(")");
        }
        return b;
    }

    /**
     * Whether key column {@code c} must say it is not autoincrement: the runtime's own rule (a
     * single integer key without a foreign key or server default) would make it one, and the
     * declaration said no.
     */
    private static boolean declinesAutoincrement(EntityModel e, ColumnModel c, boolean autoincrement) {
        boolean runtimeAuto = c.type().isInteger() && c.foreignKey() == null && c.serverDefault() == null
                && e.primaryKey().size() == 1;
        return runtimeAuto && !autoincrement;
    }

    /**
     * The column as {@code Column.parse} reads it ({@code "parent_id BIGINT INDEX REFERENCES t9.id"}),
     * the same column as the constructor and calls {@link #column} writes otherwise; {@code null} when
     * it needs Java objects (an enum or converted type, a client-side default, a sequence) or its name
     * or foreign key is not one word. A string costs javac some 25 KB less than a constructor and its
     * chained calls.
     */
    private static String declaration(EntityModel e, ColumnModel c, String defaultLiteral, boolean autoincrement) {
        String type = TypeCode.declaredType(c.type());
        if (type == null || c.converter() != null || defaultLiteral != null || (c.sequence() != null && autoincrement)
                || !isWord(c.name()) || (c.foreignKey() != null && !isWord(c.foreignKey().spec()))
                || (c.serverDefault() != null && (c.serverDefault().isBlank()
                        || !c.serverDefault().equals(c.serverDefault().trim())))) {
            return null;
        }
        StringBuilder b = new StringBuilder(c.name()).append(' ').append(type);
        if (c.primaryKey()) {
            b.append(" PRIMARY KEY");
            if (declinesAutoincrement(e, c, autoincrement)) {
                b.append(" NO AUTOINCREMENT");
            }
        } else if (c.explicitNotNull()) {
            b.append(" NOT NULL");
        }
        if (c.unique()) {
            b.append(" UNIQUE");
        }
        if (c.index()) {
            b.append(" INDEX");
        }
        if (c.foreignKey() != null) {
            b.append(" REFERENCES ").append(c.foreignKey().spec());
            if (c.foreignKey().onDelete() != null) {
                b.append(" ON DELETE ").append(c.foreignKey().onDelete().sql());
            }
        }
        if (c.serverDefault() != null) {
            b.append(" DEFAULT ").append(c.serverDefault());
        }
        return b.toString();
    }

    /** Whether {@code s} reads as one word of a column declaration: not empty, no space or parenthesis. */
    private static boolean isWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '(' || ch == ')') {
                return false;
            }
        }
        return true;
    }

    private static Code index(EntityModel e, IndexModel index, List<String> columns) {
        Code list = strings(columns);
        if (index.constraint()) {
            Code b = new Code().text("new ").type(Names.UNIQUE_CONSTRAINT).text("(");
            return (index.name() == null ? b.text("null") : b.string(index.name())).text(", ").code(list).text(")");
        }
        String name = index.name() != null ? index.name() : "ix_" + e.table() + "_" + String.join("_", columns);
        return new Code().text("new ").type(Names.INDEX).text("(").string(name).text(", ").code(list)
                .text(", " + index.unique() + ")");
    }

    private static Code relation(EntityModel e, RelationModel r, ClassName baseGenerated) {
        Code b = new Code().type(Names.RELATION).text(".<").type(e.type()).text(", ").type(r.target())
                .text(">builder(").type(e.type()).text(".class, ").string(r.name()).text(", " + r.index() + ",\n")
                .indent().indent().indent().indent()
                .type(Names.RELATION_KIND).text("." + r.kind().name() + ", ").type(r.target()).text(".class, ")
                .type(baseGenerated).text(".BASE)\n")
                .unindent().unindent()
                .text(".ownerTable(TABLE)\n");
        if (r.local().size() == 1) {
            b.text(".join(").string(r.local().get(0)).text(", ").string(r.remote().get(0)).text(")\n");
        } else {
            b.text(".join(").code(strings(r.local())).text(", ").code(strings(r.remote())).text(")\n");
        }
        if (r.secondary() != null) {
            b.text(".secondary(").string(r.secondary()).text(", ").code(strings(r.secondaryToOwner())).text(", ")
                    .code(strings(r.secondaryToTarget())).text(")\n");
        }
        if (r.backPopulates() != null) {
            b.text(".backPopulates(").string(r.backPopulates()).text(")\n");
        }
        for (Relation.Ordering o : r.orderBy()) {
            b.text(".orderBy(").string(o.attribute()).text(", " + o.descending() + ")\n");
        }
        if (r.lazy() != LoadStrategy.SELECT) {
            b.text(".lazy(").type(Names.LOAD_STRATEGY).text("." + r.lazy().name() + ")\n");
        }
        if (!r.cascade().equals(EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE))) {
            b.text(".cascade(");
            String separator = "";
            for (CascadeOption c : r.cascade()) {
                b.text(separator).type(Names.CASCADE_OPTION).text("." + c.name());
                separator = ", ";
            }
            b.text(")\n");
        }
        if (r.collectionType() == Relation.CollectionType.SET) {
            b.text(".collectionType(").type(Names.COLLECTION_TYPE).text(".SET)\n");
        }
        if (!r.hasField()) {
            b.text(".withoutField()\n");
        }
        return b.text(".build()").unindent().unindent();
    }

    /**
     * {@code List.<String>of("a", "b")}: with the type argument spelled out, javac picks among
     * {@code List.of}'s twelve overloads without inferring each.
     */
    static Code strings(List<String> values) {
        Code b = new Code().type(Names.LIST).text(".<String>of(");
        String separator = "";
        for (String v : values) {
            b.text(separator).string(v);
            separator = ", ";
        }
        return b.text(")");
    }
}
