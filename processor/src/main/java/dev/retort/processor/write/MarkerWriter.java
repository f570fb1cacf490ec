package dev.retort.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the aggregation marker of one entity: a tiny class in the known package
 * {@value #PACKAGE} whose two constants name the entity's declaring class and its declarative
 * base. A later compilation that recompiles only some of a base's entities lists this package on
 * the class path to find the others, so the {@code Base_} it writes is still complete (the
 * aggregating approach of Dagger Hilt's {@code hilt_aggregated_deps}).
 */
public final class MarkerWriter {
    /** The package every marker is written to. */
    public static final String PACKAGE = "retort_aggregated";
    /** The constant naming the declarative base. */
    public static final String BASE = "BASE";
    /** The constant naming the class that declares the entity ({@code @Table}). */
    public static final String ENTITY = "ENTITY";

    private MarkerWriter() {}

    /**
     * The marker's simple name for an entity declared by {@code declaringClass} (a canonical name):
     * {@code _} becomes {@code _1} and {@code .} becomes {@code _}, as JNI mangles names, so two
     * different classes never share a marker.
     */
    public static String simpleName(String declaringClass) {
        StringBuilder b = new StringBuilder(declaringClass.length() + 8);
        for (int i = 0; i < declaringClass.length(); i++) {
            char c = declaringClass.charAt(i);
            if (c == '_') {
                b.append("_1");
            } else if (c == '$') {
                b.append("_2");
            } else if (c == '.') {
                b.append('_');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The marker of the entity declared by {@code declaringClass} in {@code base} (canonical names).
     *
     * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists where the
     *     code is compiled
     */
    public static JavaFile write(String declaringClass, String base, boolean generatedAnnotation) {
        TypeSpec.Builder type = TypeSpec.classBuilder(simpleName(declaringClass))
                .addJavadoc("Marks {@code $L} as an entity of {@code $L}, for Retort's processor when it\n"
                        + "compiles part of the model again. Generated; do not edit.\n", declaringClass, base)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, BASE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The declarative base.\n").initializer("$S", base).build())
                .addField(FieldSpec.builder(String.class, ENTITY, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The class that declares the entity.\n").initializer("$S", declaringClass).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (generatedAnnotation) {
            type.addAnnotation(Names.generated());
        }
        return JavaFile.builder(PACKAGE, type.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
