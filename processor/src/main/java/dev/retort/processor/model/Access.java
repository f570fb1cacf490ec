package dev.retort.processor.model;

/**
 * How generated code reads and writes one mapped field.
 *
 * @param style direct field access, a getter/setter pair, or a record component
 * @param field the field (and record component) name
 * @param getter the getter's name, for {@link Style#ACCESSORS}
 * @param setter the setter's name, for {@link Style#ACCESSORS}
 */
public record Access(Style style, String field, String getter, String setter) {

    /** The ways to reach a field. */
    public enum Style {
        /** {@code entity.name} and {@code entity.name = value}. */
        FIELD,
        /** {@code entity.getName()} and {@code entity.setName(value)}. */
        ACCESSORS,
        /** {@code entity.name()}; set only through the canonical constructor. */
        RECORD
    }

    public static Access field(String name) {
        return new Access(Style.FIELD, name, null, null);
    }

    public static Access accessors(String name, String getter, String setter) {
        return new Access(Style.ACCESSORS, name, getter, setter);
    }

    public static Access record(String name) {
        return new Access(Style.RECORD, name, name, null);
    }
}
