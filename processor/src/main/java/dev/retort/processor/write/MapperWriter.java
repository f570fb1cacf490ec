package dev.retort.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.RelationModel;
import dev.retort.processor.model.RelationshipModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the nested {@code Mapper} of {@code User_}: the methods of {@code EntityMapper} that
 * {@code GeneratedMapper} leaves to it, as straight-line code over the entity's fields, getters
 * and setters, or record components. {@code primaryKey} (except for a primitive generated key),
 * {@code applyDefaults}, {@code getRelated} and {@code setRelated} are {@code GeneratedMapper}'s,
 * which reads and writes through {@code get} and {@code set} (these reach the relationship fields
 * too, numbered after the columns): each generated method costs javac some 30 to 40 KB to compile.
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
        this.entity = names.newName("entity", "entity");
        this.row = names.newName("row", "row");
        this.offset = names.newName("offset", "offset");
        this.target = names.newName("target", "target");
        this.snapshot = names.newName("snapshot", "snapshot");
        this.changed = names.newName("changed", "changed");
        this.index = names.newName("index", "index");
        this.value = names.newName("value", "value");
        this.count = names.newName("n", "n");
    }

    /** Writes the nested class {@code Mapper} of {@code plan}'s {@code User_} to {@code out}. */
    static void mapper(Code out, EntityPlan plan) {
        new MapperWriter(plan).write(out);
    }

    private void write(Code out) {
        out.text("static final class Mapper extends ").type(Names.GENERATED_MAPPER).text("<").type(e.type())
                .text("> {\n").indent();
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
        out.text("Mapper(").zeroWidthSpace().text(") {\n").indent()
                .statement(new Code().text("super(").type(e.type()).text(".class, ").string(e.type().simpleName())
                        .text(", TABLE,\nnew ").type(Names.ATTRIBUTE).text("<?, ?>[] {" + String.join(", ", attributes)
                                + "},\nnew ").type(Names.RELATION).text("<?, ?>[] {" + String.join(", ", relations)
                                + "},\nnew int[] {" + String.join(", ", pk) + "}, " + plan.autoincrementIndex() + ", "
                                + plan.versionIndex() + ", " + e.record() + ")"))
                .unindent().text("}\n");
        newInstance(out);
        if (e.record()) {
            withColumns(out);
        }
        populate(out);
        readValues(out);
        changedColumns(out);
        get(out);
        set(out);
        primaryKey(out);
        out.unindent().text("}\n");
    }

    /**
     * Opens an implementing method after a blank line: {@code annotations}, then
     * {@code public returns name(parameters) {}; {@link #close} ends it. Without {@code @Override}:
     * javac resolves and validates every annotation, some 5 KB each, and a method generated against
     * {@code EntityMapper} that implemented nothing would fail to compile or to pass the golden tests.
     */
    private static Code open(Code out, String annotations, Code returns, String name, Code parameters) {
        out.text("\n" + annotations + "public ").code(returns)
                .text(" " + name + "(").zeroWidthSpace().code(parameters).text(") {\n").indent();
        return out;
    }

    private static Code open(Code out, Code returns, String name, Code parameters) {
        return open(out, "", returns, name, parameters);
    }

    private static void close(Code out) {
        out.endLine().unindent().text("}\n");
    }

    /** {@code Type name, Type name}: the types and names alternating. */
    private static Code parameters(Object... typesAndNames) {
        Code c = new Code();
        for (int i = 0; i < typesAndNames.length; i += 2) {
            if (i > 0) {
                c.text(",").wrappingSpace();
            }
            Object t = typesAndNames[i];
            if (t instanceof TypeName type) {
                c.type(type);
            } else {
                c.text((String) t);
            }
            c.text(" " + typesAndNames[i + 1]);
        }
        return c;
    }

    private static Code returns(TypeName type) {
        return new Code().type(type);
    }

    private static Code returns(String keyword) {
        return new Code().text(keyword);
    }

    /** {@code throw new UnsupportedOperationException("User is a record: ...");} */
    private Code recordCannotChange() {
        return new Code().text("throw new ").type(Names.UNSUPPORTED).text("(")
                .string(e.displayName() + " is a record: its objects cannot be changed").text(");\n");
    }

    private static final TypeName OBJECT_ARRAY = ArrayTypeName.of(Object.class);

    private void newInstance(Code out) {
        open(out, returns(e.type()), "newInstance", parameters(OBJECT_ARRAY, row, "int", offset));
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
            out.statement(c.text(")"));
        } else {
            out.type(e.type()).text(" " + entity + " = new ").type(e.type())
                    .text("();\npopulate(" + entity + ", " + row + ", " + offset + ");\nreturn " + entity + ";\n");
        }
        close(out);
    }

    /** A record's copy with new column values and the same relationship collections. */
    private void withColumns(Code out) {
        open(out, returns(e.type()), "withColumns", parameters(e.type(), entity, OBJECT_ARRAY, row, "int", offset));
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
        out.statement(c.text(")"));
        close(out);
    }

    private void populate(Code out) {
        open(out, returns("void"), "populate", parameters(e.type(), entity, OBJECT_ARRAY, row, "int", offset));
        if (e.record()) {
            out.code(recordCannotChange());
        } else {
            for (int i = 0; i < e.columns().size(); i++) {
                ColumnModel col = e.columns().get(i);
                out.code(Accessors.write(col.access(), entity,
                        Accessors.cast(col.javaType(), Accessors.element(row, offset, i)))).text(";\n");
            }
        }
        close(out);
    }

    private void readValues(Code out) {
        open(out, returns("void"), "readValues", parameters(e.type(), entity, OBJECT_ARRAY, target, "int", offset));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            b.append(Accessors.element(target, offset, i)).append(" = ").append(Accessors.read(c.access(), entity))
                    .append(";\n");
        }
        out.text(b.toString());
        close(out);
    }

    private void changedColumns(Code out) {
        open(out, returns("int"), "changedColumns", parameters(e.type(), entity, OBJECT_ARRAY, snapshot, "int[]",
                changed));
        out.text("int " + count + " = 0;\n");
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel col = e.columns().get(i);
            String current = Accessors.read(col.access(), entity);
            String old = snapshot + "[" + i + "]";
            TypeName t = col.javaType();
            out.text("if (");
            if (t.equals(TypeName.DOUBLE) || t.equals(TypeName.FLOAT)) {
                out.text(old + " == null || ").type(t.box()).text(".compare((").type(t.box())
                        .text(") " + old + ", " + current + ") != 0");
            } else if (t.isPrimitive()) {
                out.text(old + " == null || (").type(t.box()).text(") " + old + " != " + current);
            } else if (t.equals(ArrayTypeName.of(TypeName.BYTE))) {
                out.text("!").type(Names.ARRAYS).text(".equals(" + current + ", (byte[]) " + old + ")");
            } else {
                out.text("differs(" + current + ", " + old + ")");
            }
            out.text(") {\n    " + changed + "[" + count + "++] = " + i + ";\n}\n");
        }
        out.text("return " + count + ";\n");
        close(out);
    }

    /** The switch's {@code default} (colon or arrow form) and its closing brace. */
    private Code outOfRange(String arrow, String what) {
        return new Code().text("    default" + arrow + "throw new ").type(Names.INDEX_OUT_OF_BOUNDS).text("(")
                .string(e.displayName() + " has no " + what + " ").text(" + " + index + ");\n}\n");
    }

    /**
     * {@code get} over the columns, then the relationship fields (relationship {@code r} at the
     * number of columns plus {@code r}): {@code GeneratedMapper.getRelated} reads through it, so one
     * method and one switch do for both.
     */
    private void get(Code out) {
        open(out, returns("Object"), "get", parameters(e.type(), entity, "int", index));
        int columns = e.columns().size();
        StringBuilder b = new StringBuilder("switch (" + index + ") {\n");
        for (int i = 0; i < columns; i++) {
            b.append("    case ").append(i).append(": return ")
                    .append(Accessors.read(e.columns().get(i).access(), entity)).append(";\n");
        }
        out.text(b.toString());
        for (RelationModel r : plan.relations()) {
            if (r.hasField()) {
                out.text("    case " + (columns + r.index()) + ": return " + Accessors.read(r.declared().access(), entity)
                        + ";\n");
            } else {
                out.text("    case " + (columns + r.index()) + ": ").code(noField(r));
            }
        }
        out.code(outOfRange(": ", plan.relations().isEmpty() ? "column" : "column or relationship"));
        close(out);
    }

    /** {@code set} over the columns, then the relationship fields, as {@link #get}. */
    private void set(Code out) {
        Code body;
        boolean unchecked = false;
        if (e.record()) {
            body = recordCannotChange();
        } else {
            int columns = e.columns().size();
            body = new Code().text("switch (" + index + ") {\n");
            for (int i = 0; i < columns; i++) {
                ColumnModel col = e.columns().get(i);
                body.text("    case " + i + " -> ").code(Accessors.write(col.access(), entity,
                        Accessors.cast(col.javaType(), value))).text(";\n");
            }
            for (RelationModel r : plan.relations()) {
                if (r.hasField()) {
                    TypeName type = r.declared().fieldType();
                    unchecked |= type instanceof ParameterizedTypeName;
                    body.text("    case " + (columns + r.index()) + " -> ").code(Accessors.write(r.declared().access(),
                            entity, new Code().text("(").type(type).text(") " + value))).text(";\n");
                } else {
                    body.text("    case " + (columns + r.index()) + " -> ").code(noField(r));
                }
            }
            body.code(outOfRange(" -> ", plan.relations().isEmpty() ? "column" : "column or relationship"));
        }
        open(out, unchecked ? "@SuppressWarnings(\"unchecked\")\n" : "", returns("void"), "set",
                parameters(e.type(), entity, "int", index, "Object", value));
        out.code(body);
        close(out);
    }

    /**
     * {@code primaryKey} only for a primitive key the database generates (unset while it is zero):
     * otherwise {@code GeneratedMapper}'s reads the key columns with {@code get}.
     */
    private void primaryKey(Code out) {
        List<ColumnModel> pk = e.primaryKey();
        if (pk.size() != 1) {
            return;
        }
        ColumnModel c = pk.get(0);
        if (!c.isPrimitive() || e.columns().indexOf(c) != plan.autoincrementIndex()) {
            return;
        }
        open(out, returns("Object"), "primaryKey", parameters(e.type(), entity));
        String read = Accessors.read(c.access(), entity);
        out.text("return " + read + " == " + TypeCode.zero(c.javaType()) + " ? null : " + read + ";\n");
        close(out);
    }

    private Code noField(RelationModel r) {
        return new Code().text("throw new ").type(Names.UNSUPPORTED).text("(").string(e.displayName() + "."
                + r.name() + " is declared by a backref on " + r.target().simpleName() + " and has no field")
                .text(");\n");
    }
}
