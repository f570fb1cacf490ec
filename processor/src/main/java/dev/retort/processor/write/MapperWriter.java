package dev.retort.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.RelationModel;
import dev.retort.processor.model.RelationshipModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Mapper} of {@code User_}: every method of {@code EntityMapper} as
 * straight-line code over the entity's fields, getters and setters, or record components.
 */
final class MapperWriter {
    private final EntityPlan plan;
    private final EntityModel e;
    private final String entity;
    private final String row;
    private final String offset;
    private final String target;
    private final String snapshot;
    private final String changed;
    private final String index;
    private final String value;
    private final String count;

    private MapperWriter(EntityPlan plan) {
        this.plan = plan;
        this.e = plan.entity();
        NameAllocator names = new NameAllocator();
        // type names the code mentions unqualified must not be shadowed by a parameter
        names.newName(e.type().simpleName(), e.type());
        this.entity = names.newName("entity");
        this.row = names.newName("row");
        this.offset = names.newName("offset");
        this.target = names.newName("target");
        this.snapshot = names.newName("snapshot");
        this.changed = names.newName("changed");
        this.index = names.newName("index");
        this.value = names.newName("value");
        this.count = names.newName("n");
    }

    static TypeSpec mapper(EntityPlan plan) {
        return new MapperWriter(plan).build();
    }

    private TypeSpec build() {
        TypeName self = e.type();
        TypeSpec.Builder t = TypeSpec.classBuilder("Mapper")
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Names.GENERATED_MAPPER, self));
        List<String> pk = new ArrayList<>();
        for (ColumnModel c : e.primaryKey()) {
            pk.add(String.valueOf(e.columns().indexOf(c)));
        }
        List<String> attributes = new ArrayList<>();
        for (ColumnModel c : e.columns()) {
            attributes.add(c.attribute());
        }
        List<String> relations = new ArrayList<>();
        for (RelationModel r : plan.relations()) {
            relations.add(r.name());
        }
        t.addMethod(MethodSpec.constructorBuilder()
                .addStatement(new Code().text("super(").type(self).text(".class, ").string(e.type().simpleName())
                        .text(", TABLE,\nnew ").type(Names.ATTRIBUTE).text("<?, ?>[] {" + String.join(", ", attributes)
                                + "},\nnew ").type(Names.RELATION).text("<?, ?>[] {" + String.join(", ", relations)
                                + "},\nnew int[] {" + String.join(", ", pk) + "}, " + plan.autoincrementIndex() + ", "
                                + plan.versionIndex() + ", " + e.record() + ")")
                        .build())
                .build());
        t.addMethod(newInstance());
        if (e.record()) {
            t.addMethod(withColumns());
        }
        t.addMethod(populate());
        t.addMethod(readValues());
        t.addMethod(changedColumns());
        t.addMethod(get());
        t.addMethod(set());
        t.addMethod(primaryKey());
        t.addMethod(getRelated());
        t.addMethod(setRelated());
        t.addMethod(applyDefaults());
        return t.build();
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Names.OVERRIDE).addModifiers(Modifier.PUBLIC);
    }

    private static final TypeName OBJECT_ARRAY = ArrayTypeName.of(Object.class);

    /** {@code throw new UnsupportedOperationException("User is a record: ...");} */
    private Code recordCannotChange() {
        return new Code().text("throw new ").type(Names.UNSUPPORTED).text("(")
                .string(e.displayName() + " is a record: its objects cannot be changed").text(");\n");
    }

    private MethodSpec newInstance() {
        MethodSpec.Builder m = override("newInstance").returns(e.type())
                .addParameter(OBJECT_ARRAY, row).addParameter(TypeName.INT, offset);
        if (e.record()) {
            Code c = new Code().text("return new ").type(e.type()).text("(");
            String separator = "\n";
            for (String component : e.components()) {
                c.text(separator);
                separator = ",\n";
                ColumnModel col = e.column(component);
                if (col != null && col.attribute().equals(component)) {
                    c.code(Accessors.cast(col.javaType(), Accessors.element(row, offset, e.columns().indexOf(col))));
                } else {
                    RelationshipModel r = e.relationship(component);
                    c.text("new ").type(r.shape() == RelationshipModel.Shape.SET ? Names.LINKED_HASH_SET
                            : Names.ARRAY_LIST).text("<>()");
                }
            }
            return m.addStatement(c.text(")").build()).build();
        }
        return m.addCode(new Code().type(e.type()).text(" " + entity + " = new ").type(e.type())
                .text("();\npopulate(" + entity + ", " + row + ", " + offset + ");\nreturn " + entity + ";\n")
                .build()).build();
    }

    /** A record's copy with new column values and the same relationship collections. */
    private MethodSpec withColumns() {
        MethodSpec.Builder m = override("withColumns").returns(e.type()).addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, row).addParameter(TypeName.INT, offset);
        Code c = new Code().text("return new ").type(e.type()).text("(");
        String separator = "\n";
        for (String component : e.components()) {
            c.text(separator);
            separator = ",\n";
            ColumnModel col = e.column(component);
            if (col != null && col.attribute().equals(component)) {
                c.code(Accessors.cast(col.javaType(), Accessors.element(row, offset, e.columns().indexOf(col))));
            } else {
                c.text(Accessors.read(e.relationship(component).access(), entity));
            }
        }
        return m.addStatement(c.text(")").build()).build();
    }

    private MethodSpec populate() {
        MethodSpec.Builder m = override("populate").addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, row).addParameter(TypeName.INT, offset);
        if (e.record()) {
            return m.addCode(recordCannotChange().build()).build();
        }
        Code c = new Code();
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel col = e.columns().get(i);
            c.code(Accessors.write(col.access(), entity,
                    Accessors.cast(col.javaType(), Accessors.element(row, offset, i)))).text(";\n");
        }
        return m.addCode(c.build()).build();
    }

    private MethodSpec readValues() {
        MethodSpec.Builder m = override("readValues").addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, target).addParameter(TypeName.INT, offset);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            b.append(Accessors.element(target, offset, i)).append(" = ").append(Accessors.read(c.access(), entity))
                    .append(";\n");
        }
        return m.addCode(new Code().text(b.toString()).build()).build();
    }

    private MethodSpec changedColumns() {
        MethodSpec.Builder m = override("changedColumns").returns(TypeName.INT).addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, snapshot).addParameter(ArrayTypeName.of(TypeName.INT), changed);
        Code c = new Code().text("int " + count + " = 0;\n");
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel col = e.columns().get(i);
            String current = Accessors.read(col.access(), entity);
            String old = snapshot + "[" + i + "]";
            TypeName t = col.javaType();
            c.text("if (");
            if (t.equals(TypeName.DOUBLE) || t.equals(TypeName.FLOAT)) {
                c.text(old + " == null || ").type(t.box()).text(".compare((").type(t.box())
                        .text(") " + old + ", " + current + ") != 0");
            } else if (t.isPrimitive()) {
                c.text(old + " == null || (").type(t.box()).text(") " + old + " != " + current);
            } else if (t.equals(ArrayTypeName.of(TypeName.BYTE))) {
                c.text("!").type(Names.ARRAYS).text(".equals(" + current + ", (byte[]) " + old + ")");
            } else {
                c.text("!").type(Names.OBJECTS).text(".equals(" + current + ", " + old + ")");
            }
            c.text(") {\n    " + changed + "[" + count + "++] = " + i + ";\n}\n");
        }
        return m.addCode(c.text("return " + count + ";\n").build()).build();
    }

    /** The switch's {@code default} (colon or arrow form) and its closing brace. */
    private Code outOfRange(String arrow, String what) {
        return new Code().text("    default" + arrow + "throw new ").type(Names.INDEX_OUT_OF_BOUNDS).text("(")
                .string(e.displayName() + " has no " + what + " ").text(" + " + index + ");\n}\n");
    }

    private MethodSpec get() {
        MethodSpec.Builder m = override("get").returns(Object.class).addParameter(e.type(), entity)
                .addParameter(TypeName.INT, index);
        StringBuilder b = new StringBuilder("switch (" + index + ") {\n");
        for (int i = 0; i < e.columns().size(); i++) {
            b.append("    case ").append(i).append(": return ")
                    .append(Accessors.read(e.columns().get(i).access(), entity)).append(";\n");
        }
        return m.addCode(new Code().text(b.toString()).code(outOfRange(": ", "column")).build()).build();
    }

    private MethodSpec set() {
        MethodSpec.Builder m = override("set").addParameter(e.type(), entity).addParameter(TypeName.INT, index)
                .addParameter(Object.class, value);
        if (e.record()) {
            return m.addCode(recordCannotChange().build()).build();
        }
        Code c = new Code().text("switch (" + index + ") {\n");
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel col = e.columns().get(i);
            c.text("    case " + i + " -> ").code(Accessors.write(col.access(), entity,
                    Accessors.cast(col.javaType(), value))).text(";\n");
        }
        return m.addCode(c.code(outOfRange(" -> ", "column")).build()).build();
    }

    private MethodSpec primaryKey() {
        MethodSpec.Builder m = override("primaryKey").returns(Object.class).addParameter(e.type(), entity);
        List<ColumnModel> pk = e.primaryKey();
        if (pk.size() == 1) {
            ColumnModel c = pk.get(0);
            String read = Accessors.read(c.access(), entity);
            if (c.isPrimitive() && e.columns().indexOf(c) == plan.autoincrementIndex()) {
                // a primitive generated key is unset while it is zero
                return m.addCode(new Code().text("return " + read + " == " + TypeCode.zero(c.javaType())
                        + " ? null : " + read + ";\n").build()).build();
            }
            return m.addCode(new Code().text("return " + read + ";\n").build()).build();
        }
        List<String> nullChecks = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (ColumnModel c : pk) {
            String read = Accessors.read(c.access(), entity);
            if (!c.isPrimitive()) {
                nullChecks.add(read + " == null");
            }
            values.add(read);
        }
        Code c = new Code();
        if (!nullChecks.isEmpty()) {
            c.text("if (" + String.join(" || ", nullChecks) + ") {\n    return null;\n}\n");
        }
        return m.addCode(c.text("return ").type(Names.LIST).text(".of(" + String.join(", ", values) + ");\n")
                .build()).build();
    }

    private Code noField(RelationModel r) {
        return new Code().text("throw new ").type(Names.UNSUPPORTED).text("(").string(e.displayName() + "."
                + r.name() + " is declared by a backref on " + r.target().simpleName() + " and has no field")
                .text(");\n");
    }

    private MethodSpec getRelated() {
        MethodSpec.Builder m = override("getRelated").returns(Object.class).addParameter(e.type(), entity)
                .addParameter(TypeName.INT, index);
        Code c = new Code().text("switch (" + index + ") {\n");
        for (RelationModel r : plan.relations()) {
            if (r.hasField()) {
                c.text("    case " + r.index() + ": return " + Accessors.read(r.declared().access(), entity) + ";\n");
            } else {
                c.text("    case " + r.index() + ": ").code(noField(r));
            }
        }
        return m.addCode(c.code(outOfRange(": ", "relationship")).build()).build();
    }

    private MethodSpec setRelated() {
        MethodSpec.Builder m = override("setRelated").addParameter(e.type(), entity).addParameter(TypeName.INT, index)
                .addParameter(Object.class, value);
        if (e.record()) {
            return m.addCode(recordCannotChange().build()).build();
        }
        boolean unchecked = false;
        Code c = new Code().text("switch (" + index + ") {\n");
        for (RelationModel r : plan.relations()) {
            if (r.hasField()) {
                TypeName type = r.declared().fieldType();
                unchecked |= type instanceof ParameterizedTypeName;
                c.text("    case " + r.index() + " -> ").code(Accessors.write(r.declared().access(), entity,
                        new Code().text("(").type(type).text(") " + value))).text(";\n");
            } else {
                c.text("    case " + r.index() + " -> ").code(noField(r));
            }
        }
        m.addCode(c.code(outOfRange(" -> ", "relationship")).build());
        if (unchecked) {
            m.addAnnotation(AnnotationSpec.builder(Names.SUPPRESS_WARNINGS).addMember("value", "$S", "unchecked")
                    .build());
        }
        return m.build();
    }

    private MethodSpec applyDefaults() {
        MethodSpec.Builder m = override("applyDefaults").addParameter(e.type(), entity);
        if (plan.defaults().stream().allMatch(d -> d == null)) {
            m.addComment("no @Column(defaultValue) on $L", e.displayName());
        }
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            Code dv = TypeCode.defaultValue(c, plan.defaults().get(i));
            if (dv != null) {
                m.beginControlFlow("if ($L == null)", Accessors.read(c.access(), entity))
                        .addStatement(Accessors.write(c.access(), entity, dv).build()).endControlFlow();
            }
        }
        return m.build();
    }
}
