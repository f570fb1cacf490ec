package dev.retort.processor.parse;

import dev.retort.processor.model.Access;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides how generated code, living in a given package, reaches a mapped property: directly
 * through a non-private field, through a getter/setter pair (JavaBeans {@code getName}/
 * {@code setName}, {@code isActive} for booleans, or record-style {@code name()}/{@code name(v)}),
 * or through a record's accessor and canonical constructor.
 */
final class AccessResolver {
    private final Elements elements;
    private final Types types;

    AccessResolver(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The outcome: an access, or why there is none. */
    record Result(Access access, boolean finalField) {}

    /**
     * @param owner the mapped class
     * @param field the field, or {@code null} for a property with accessors only
     * @param name the property name
     * @param type the property type
     * @param generatedPackage where the generated code lives
     * @param record whether the owner is a record
     */
    Result resolve(TypeElement owner, VariableElement field, String name, TypeMirror type, String generatedPackage,
            boolean record) {
        if (record) {
            return new Result(Access.record(name), false);
        }
        boolean isFinal = field != null && field.getModifiers().contains(Modifier.FINAL);
        if (field != null && !isFinal && accessible(field, generatedPackage)) {
            return new Result(Access.field(name), false);
        }
        String getter = findGetter(owner, name, type, generatedPackage);
        String setter = findSetter(owner, name, type, generatedPackage);
        if (getter != null && setter != null && !isFinal) {
            return new Result(Access.accessors(name, getter, setter), false);
        }
        return new Result(null, isFinal);
    }

    /** The names a getter and setter for {@code name} would have, for messages. */
    static List<String> suggestedAccessors(String name, TypeMirror type) {
        String cap = Naming.capitalize(name);
        String getter = (type.getKind() == TypeKind.BOOLEAN ? "is" : "get") + cap + "()";
        return List.of(getter, "set" + cap + "(" + simpleName(type) + ")");
    }

    /** The type as messages show it ({@code List<Address>}). */
    static String simpleName(TypeMirror type) {
        if (EntityParser.hasError(type)) {
            return type.toString();
        }
        return dev.retort.processor.model.TypeText.of(com.palantir.javapoet.TypeName.get(type));
    }

    private String findGetter(TypeElement owner, String name, TypeMirror type, String pkg) {
        String cap = Naming.capitalize(name);
        boolean bool = type.getKind() == TypeKind.BOOLEAN
                || (type.getKind() == TypeKind.DECLARED && type.toString().equals("java.lang.Boolean"));
        List<String> candidates = bool ? List.of("get" + cap, "is" + cap, name) : List.of("get" + cap, name);
        for (String candidate : candidates) {
            for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
                if (m.getSimpleName().contentEquals(candidate) && m.getParameters().isEmpty()
                        && !m.getModifiers().contains(Modifier.STATIC) && accessible(m, pkg)
                        && types.isSameType(m.getReturnType(), type)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private String findSetter(TypeElement owner, String name, TypeMirror type, String pkg) {
        for (String candidate : List.of("set" + Naming.capitalize(name), name)) {
            for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
                if (m.getSimpleName().contentEquals(candidate) && m.getParameters().size() == 1
                        && !m.getModifiers().contains(Modifier.STATIC) && accessible(m, pkg)
                        && types.isSameType(m.getParameters().get(0).asType(), type)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Whether code in package {@code pkg} may use member {@code m} of a class it can see. */
    boolean accessible(Element m, String pkg) {
        if (m.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        if (m.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        return elements.getPackageOf(m).getQualifiedName().contentEquals(pkg);
    }

    /** Whether code in package {@code pkg} can name class {@code type} (and every class enclosing it). */
    boolean accessibleType(TypeElement type, String pkg) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!accessible(e, pkg)) {
                return false;
            }
        }
        return true;
    }
}
