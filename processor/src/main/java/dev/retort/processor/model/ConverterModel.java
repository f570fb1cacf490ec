package dev.retort.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * A {@code @Column(converter = ...)}: the converter class, shared as one constant of the generated
 * class, and the Java type of the values it stores.
 *
 * @param type the converter class
 * @param storedJavaType the {@code D} of {@code Converter<J, D>}
 */
public record ConverterModel(ClassName type, TypeName storedJavaType) {}
