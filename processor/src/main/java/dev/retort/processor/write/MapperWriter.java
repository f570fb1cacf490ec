package dev.retort.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
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
        TypeName wildcard = WildcardTypeName.subtypeOf(Object.class);
        TypeSpec.Builder t = TypeSpec.classBuilder("Mapper")
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Names.GENERATED_MAPPER, self));
        List<CodeBlock> pk = new ArrayList<>();
        for (ColumnModel c : e.primaryKey()) {
            pk.add(CodeBlock.of("$L", e.columns().indexOf(c)));
        }
        List<CodeBlock> attributes = new ArrayList<>();
        for (ColumnModel c : e.columns()) {
            attributes.add(CodeBlock.of("$N", c.attribute()));
        }
        List<CodeBlock> relations = new ArrayList<>();
        for (RelationModel r : plan.relations()) {
            relations.add(CodeBlock.of("$N", r.name()));
        }
        t.addMethod(MethodSpec.constructorBuilder()
                .addStatement("super($T.class, $S, TABLE,\nnew $T<?, ?>[] {$L},\nnew $T<?, ?>[] {$L},\n"
                        + "new int[] {$L}, $L, $L, $L)",
                        self, e.type().simpleName(), Names.ATTRIBUTE, CodeBlock.join(attributes, ", "), Names.RELATION,
                        CodeBlock.join(relations, ", "), CodeBlock.join(pk, ", "), plan.autoincrementIndex(),
                        plan.versionIndex(), e.record())
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

    private MethodSpec newInstance() {
        MethodSpec.Builder m = override("newInstance").returns(e.type())
                .addParameter(OBJECT_ARRAY, row).addParameter(TypeName.INT, offset);
        if (e.record()) {
            List<CodeBlock> args = new ArrayList<>();
            for (String component : e.components()) {
                ColumnModel c = e.column(component);
                if (c != null && c.attribute().equals(component)) {
                    int i = e.columns().indexOf(c);
                    args.add(Accessors.cast(c.javaType(), Accessors.element(row, offset, i)));
                } else {
                    RelationshipModel r = e.relationship(component);
                    args.add(CodeBlock.of("new $T<>()",
                            r.shape() == RelationshipModel.Shape.SET ? Names.LINKED_HASH_SET : Names.ARRAY_LIST));
                }
            }
            m.addStatement("return new $T(\n$L)", e.type(), CodeBlock.join(args, ",\n"));
            return m.build();
        }
        m.addStatement("$T $N = new $T()", e.type(), entity, e.type());
        m.addStatement("populate($N, $N, $N)", entity, row, offset);
        m.addStatement("return $N", entity);
        return m.build();
    }

    /** A record's copy with new column values and the same relationship collections. */
    private MethodSpec withColumns() {
        MethodSpec.Builder m = override("withColumns").returns(e.type()).addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, row).addParameter(TypeName.INT, offset);
        List<CodeBlock> args = new ArrayList<>();
        for (String component : e.components()) {
            ColumnModel c = e.column(component);
            if (c != null && c.attribute().equals(component)) {
                args.add(Accessors.cast(c.javaType(), Accessors.element(row, offset, e.columns().indexOf(c))));
            } else {
                args.add(Accessors.read(e.relationship(component).access(), entity));
            }
        }
        return m.addStatement("return new $T(\n$L)", e.type(), CodeBlock.join(args, ",\n")).build();
    }

    private MethodSpec populate() {
        MethodSpec.Builder m = override("populate").addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, row).addParameter(TypeName.INT, offset);
        if (e.record()) {
            return m.addStatement("throw new $T($S)", Names.UNSUPPORTED,
                    e.displayName() + " is a record: its objects cannot be changed").build();
        }
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            m.addStatement(Accessors.write(c.access(), entity,
                    Accessors.cast(c.javaType(), Accessors.element(row, offset, i))));
        }
        return m.build();
    }

    private MethodSpec readValues() {
        MethodSpec.Builder m = override("readValues").addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, target).addParameter(TypeName.INT, offset);
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            m.addStatement("$L = $L", Accessors.element(target, offset, i), Accessors.read(c.access(), entity));
        }
        return m.build();
    }

    private MethodSpec changedColumns() {
        MethodSpec.Builder m = override("changedColumns").returns(TypeName.INT).addParameter(e.type(), entity)
                .addParameter(OBJECT_ARRAY, snapshot).addParameter(ArrayTypeName.of(TypeName.INT), changed);
        m.addStatement("int $N = 0", count);
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            CodeBlock current = Accessors.read(c.access(), entity);
            CodeBlock old = CodeBlock.of("$N[$L]", snapshot, i);
            CodeBlock differs;
            TypeName t = c.javaType();
            if (t.equals(TypeName.DOUBLE) || t.equals(TypeName.FLOAT)) {
                differs = CodeBlock.of("$L == null || $T.compare(($T) $L, $L) != 0", old, t.box(), t.box(), old,
                        current);
            } else if (t.isPrimitive()) {
                differs = CodeBlock.of("$L == null || ($T) $L != $L", old, t.box(), old, current);
            } else if (t.equals(ArrayTypeName.of(TypeName.BYTE))) {
                differs = CodeBlock.of("!$T.equals($L, (byte[]) $L)", Names.ARRAYS, current, old);
            } else {
                differs = CodeBlock.of("!$T.equals($L, $L)", Names.OBJECTS, current, old);
            }
            m.beginControlFlow("if ($L)", differs).addStatement("$N[$N++] = $L", changed, count, i).endControlFlow();
        }
        m.addStatement("return $N", count);
        return m.build();
    }

    private CodeBlock outOfRange(String what) {
        return CodeBlock.of("throw new $T($S + $N)", Names.INDEX_OUT_OF_BOUNDS,
                e.displayName() + " has no " + what + " ", index);
    }

    private MethodSpec get() {
        MethodSpec.Builder m = override("get").returns(Object.class).addParameter(e.type(), entity)
                .addParameter(TypeName.INT, index);
        m.beginControlFlow("switch ($N)", index);
        for (int i = 0; i < e.columns().size(); i++) {
            m.addStatement("case $L: return $L", i, Accessors.read(e.columns().get(i).access(), entity));
        }
        m.addStatement("default: $L", outOfRange("column"));
        return m.endControlFlow().build();
    }

    private MethodSpec set() {
        MethodSpec.Builder m = override("set").addParameter(e.type(), entity).addParameter(TypeName.INT, index)
                .addParameter(Object.class, value);
        if (e.record()) {
            return m.addStatement("throw new $T($S)", Names.UNSUPPORTED,
                    e.displayName() + " is a record: its objects cannot be changed").build();
        }
        m.beginControlFlow("switch ($N)", index);
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            m.addStatement("case $L -> $L", i,
                    Accessors.write(c.access(), entity, Accessors.cast(c.javaType(), CodeBlock.of("$N", value))));
        }
        m.addStatement("default -> $L", outOfRange("column"));
        return m.endControlFlow().build();
    }

    private MethodSpec primaryKey() {
        MethodSpec.Builder m = override("primaryKey").returns(Object.class).addParameter(e.type(), entity);
        List<ColumnModel> pk = e.primaryKey();
        if (pk.size() == 1) {
            ColumnModel c = pk.get(0);
            CodeBlock read = Accessors.read(c.access(), entity);
            if (c.isPrimitive() && e.columns().indexOf(c) == plan.autoincrementIndex()) {
                // a primitive generated key is unset while it is zero
                m.addStatement("return $L == $L ? null : $L", read, TypeCode.zero(c.javaType()), read);
            } else {
                m.addStatement("return $L", read);
            }
            return m.build();
        }
        List<CodeBlock> nullChecks = new ArrayList<>();
        List<CodeBlock> values = new ArrayList<>();
        for (ColumnModel c : pk) {
            CodeBlock read = Accessors.read(c.access(), entity);
            if (!c.isPrimitive()) {
                nullChecks.add(CodeBlock.of("$L == null", read));
            }
            values.add(read);
        }
        if (!nullChecks.isEmpty()) {
            m.beginControlFlow("if ($L)", CodeBlock.join(nullChecks, " || ")).addStatement("return null")
                    .endControlFlow();
        }
        m.addStatement("return $T.of($L)", Names.LIST, CodeBlock.join(values, ", "));
        return m.build();
    }

    private CodeBlock noField(RelationModel r) {
        return CodeBlock.of("throw new $T($S)", Names.UNSUPPORTED, e.displayName() + "." + r.name()
                + " is declared by a backref on " + r.target().simpleName() + " and has no field");
    }

    private MethodSpec getRelated() {
        MethodSpec.Builder m = override("getRelated").returns(Object.class).addParameter(e.type(), entity)
                .addParameter(TypeName.INT, index);
        m.beginControlFlow("switch ($N)", index);
        for (RelationModel r : plan.relations()) {
            if (r.hasField()) {
                m.addStatement("case $L: return $L", r.index(), Accessors.read(r.declared().access(), entity));
            } else {
                m.addStatement("case $L: $L", r.index(), noField(r));
            }
        }
        m.addStatement("default: $L", outOfRange("relationship"));
        return m.endControlFlow().build();
    }

    private MethodSpec setRelated() {
        MethodSpec.Builder m = override("setRelated").addParameter(e.type(), entity).addParameter(TypeName.INT, index)
                .addParameter(Object.class, value);
        if (e.record()) {
            return m.addStatement("throw new $T($S)", Names.UNSUPPORTED,
                    e.displayName() + " is a record: its objects cannot be changed").build();
        }
        boolean unchecked = false;
        m.beginControlFlow("switch ($N)", index);
        for (RelationModel r : plan.relations()) {
            if (r.hasField()) {
                TypeName type = r.declared().fieldType();
                unchecked |= type instanceof ParameterizedTypeName;
                m.addStatement("case $L -> $L", r.index(),
                        Accessors.write(r.declared().access(), entity, CodeBlock.of("($T) $N", type, value)));
            } else {
                m.addStatement("case $L -> $L", r.index(), noField(r));
            }
        }
        m.addStatement("default -> $L", outOfRange("relationship"));
        m.endControlFlow();
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
            CodeBlock dv = TypeCode.defaultValue(c, plan.defaults().get(i));
            if (dv != null) {
                m.beginControlFlow("if ($L == null)", Accessors.read(c.access(), entity))
                        .addStatement(Accessors.write(c.access(), entity, dv)).endControlFlow();
            }
        }
        return m.build();
    }
}
