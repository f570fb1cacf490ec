package dev.retort.processor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through their mirrors, which is the only way to get class values and the
 * positions of values for diagnostics. Values come with their defaults; {@link #isExplicit} tells
 * which were written.
 */
final class Mirrors {
    private final AnnotationMirror mirror;
    /** The written values by attribute name. */
    private final Map<String, AnnotationValue> written = new HashMap<>();
    /** The annotation type's defaults by attribute name, shared by every mirror of the type. */
    private final Map<String, AnnotationValue> defaults;

    Mirrors(AnnotationMirror mirror, Defaults defaults) {
        this.mirror = mirror;
        // javac's Name.contentEquals makes a String on every call: name each attribute once
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            written.put(e.getKey().getSimpleName().toString(), e.getValue());
        }
        this.defaults = defaults.of(mirror);
    }

    /**
     * The default values of annotation types by attribute name, read once per type: an
     * annotation's values with defaults ({@code Elements.getElementValuesWithDefaults}) are a new
     * map of every attribute for each mirror, and {@code @Column} has some twenty.
     */
    static final class Defaults {
        private final Map<Element, Map<String, AnnotationValue>> byType = new HashMap<>();

        Map<String, AnnotationValue> of(AnnotationMirror mirror) {
            return byType.computeIfAbsent(mirror.getAnnotationType().asElement(), type -> {
                Map<String, AnnotationValue> values = new HashMap<>();
                for (Element m : type.getEnclosedElements()) {
                    if (m instanceof ExecutableElement method && method.getDefaultValue() != null) {
                        values.put(method.getSimpleName().toString(), method.getDefaultValue());
                    }
                }
                return values;
            });
        }
    }

    /** The annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
    static AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            TypeElement t = (TypeElement) m.getAnnotationType().asElement();
            if (t.getQualifiedName().contentEquals(qualifiedName)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The value written for attribute {@code name} of {@code mirror} (for a class, a
     * {@code TypeMirror}, or javac's stand-in for one it cannot resolve), or {@code null} when it is
     * left to its default: without the defaults a {@code Mirrors} collects, for checks that only
     * care about what was written (an attribute's default is never an unresolved type).
     */
    static Object explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** The value of attribute {@code name}, written or default. */
    AnnotationValue value(String name) {
        AnnotationValue v = written.get(name);
        if (v == null) {
            v = defaults.get(name);
        }
        if (v == null) {
            throw new IllegalArgumentException("No attribute " + name + " on " + mirror);
        }
        return v;
    }

    /** The written value of attribute {@code name}, or {@code null} when it is left to its default. */
    AnnotationValue explicitValue(String name) {
        return written.get(name);
    }

    boolean isExplicit(String name) {
        return explicitValue(name) != null;
    }

    String string(String name) {
        return (String) value(name).getValue();
    }

    /** A string attribute, or {@code null} when it is empty. */
    String stringOrNull(String name) {
        String s = string(name);
        return s.isEmpty() ? null : s;
    }

    boolean bool(String name) {
        return (Boolean) value(name).getValue();
    }

    int integer(String name) {
        return (Integer) value(name).getValue();
    }

    /** An enum attribute's constant name. */
    String enumName(String name) {
        return ((VariableElement) value(name).getValue()).getSimpleName().toString();
    }

    /** A class attribute. */
    TypeMirror type(String name) {
        return (TypeMirror) value(name).getValue();
    }

    /** An array attribute's elements. */
    @SuppressWarnings("unchecked")
    List<AnnotationValue> array(String name) {
        return new ArrayList<>((List<AnnotationValue>) value(name).getValue());
    }
}
