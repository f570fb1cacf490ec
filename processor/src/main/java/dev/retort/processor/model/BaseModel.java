package dev.retort.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A {@code @DeclarativeBase} type.
 *
 * @param type the base type
 * @param generated its generated {@code Base_}
 * @param site where it was declared
 */
public record BaseModel(ClassName type, ClassName generated, Site site) {}
