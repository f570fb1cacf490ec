package dev.retort.processor.write;

import com.palantir.javapoet.TypeName;
import dev.retort.processor.model.Access;

/** How generated code reads and writes a property, and turns an {@code Object} into its type. */
final class Accessors {
    private Accessors() {}

    /** {@code entity.name}, {@code entity.getName()} or {@code entity.name()}. */
    static String read(Access a, String entity) {
        switch (a.style()) {
            case FIELD: return entity + "." + a.field();
            default: return entity + "." + a.getter() + "()";
        }
    }

    /** {@code entity.name = value} or {@code entity.setName(value)}. */
    static Code write(Access a, String entity, Code value) {
        switch (a.style()) {
            case FIELD: return new Code().text(entity + "." + a.field() + " = ").code(value);
            case ACCESSORS: return new Code().text(entity + "." + a.setter() + "(").code(value).text(")");
            default: throw new IllegalStateException("A record component cannot be set: " + a.field());
        }
    }

    /** {@code value} cast to {@code type}; a primitive gets its zero for {@code null}. */
    static Code cast(TypeName type, String value) {
        if (type.isPrimitive()) {
            return new Code().text(value + " == null ? " + TypeCode.zero(type) + " : (").type(type).text(") " + value);
        }
        return new Code().text("(").type(type).text(") " + value);
    }

    /** {@code row[offset]}, {@code row[offset + 3]}. */
    static String element(String array, String offset, int i) {
        return i == 0 ? array + "[" + offset + "]" : array + "[" + offset + " + " + i + "]";
    }
}
