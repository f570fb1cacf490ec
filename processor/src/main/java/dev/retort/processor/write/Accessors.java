package dev.retort.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.retort.processor.model.Access;

/** How generated code reads and writes a property, and turns an {@code Object} into its type. */
final class Accessors {
    private Accessors() {}

    /** {@code entity.name}, {@code entity.getName()} or {@code entity.name()}. */
    static CodeBlock read(Access a, String entity) {
        switch (a.style()) {
            case FIELD: return CodeBlock.of("$N.$N", entity, a.field());
            default: return CodeBlock.of("$N.$N()", entity, a.getter());
        }
    }

    /** {@code entity.name = value} or {@code entity.setName(value)}. */
    static CodeBlock write(Access a, String entity, CodeBlock value) {
        switch (a.style()) {
            case FIELD: return CodeBlock.of("$N.$N = $L", entity, a.field(), value);
            case ACCESSORS: return CodeBlock.of("$N.$N($L)", entity, a.setter(), value);
            default: throw new IllegalStateException("A record component cannot be set: " + a.field());
        }
    }

    /** {@code value} cast to {@code type}; a primitive gets its zero for {@code null}. */
    static CodeBlock cast(TypeName type, CodeBlock value) {
        if (type.isPrimitive()) {
            return CodeBlock.of("$L == null ? $L : ($T) $L", value, TypeCode.zero(type), type, value);
        }
        return CodeBlock.of("($T) $L", type, value);
    }

    /** {@code row[offset]}, {@code row[offset + 3]}. */
    static CodeBlock element(String array, String offset, int i) {
        return i == 0 ? CodeBlock.of("$N[$N]", array, offset) : CodeBlock.of("$N[$N + $L]", array, offset, i);
    }
}
