package dev.retort.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;

/** Types as messages show them: simple names, {@code List<Address>}, {@code byte[]}. */
public final class TypeText {
    private TypeText() {}

    public static String of(TypeName type) {
        if (type instanceof ClassName) {
            return String.join(".", ((ClassName) type).simpleNames());
        }
        if (type instanceof ParameterizedTypeName) {
            ParameterizedTypeName p = (ParameterizedTypeName) type;
            List<String> args = new ArrayList<>();
            for (TypeName a : p.typeArguments()) {
                args.add(of(a));
            }
            return of(p.rawType()) + "<" + String.join(", ", args) + ">";
        }
        if (type instanceof ArrayTypeName) {
            return of(((ArrayTypeName) type).componentType()) + "[]";
        }
        if (type instanceof WildcardTypeName) {
            WildcardTypeName w = (WildcardTypeName) type;
            if (!w.lowerBounds().isEmpty()) {
                return "? super " + of(w.lowerBounds().get(0));
            }
            TypeName upper = w.upperBounds().get(0);
            return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + of(upper);
        }
        return type.toString();
    }
}
