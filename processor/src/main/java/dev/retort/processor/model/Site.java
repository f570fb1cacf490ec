package dev.retort.processor.model;

/**
 * Where something was declared, as plain names, so later stages can report on it without the
 * compiler's element types: the declaring type, optionally a member (field name, or
 * {@code @Query[i]}), an annotation's simple name and one of its attributes. The parse stage keeps
 * the table from sites to source positions.
 *
 * @param type the qualified name of the declaring (annotated) class
 * @param member a field name, {@code @Query[i]} for the i-th named query, or {@code null}
 * @param annotation the annotation's simple name ({@code Column}), or {@code null}
 * @param attribute the annotation attribute ({@code foreignKey}), or {@code null}
 */
public record Site(String type, String member, String annotation, String attribute) {

    /** The type itself. */
    public static Site of(String type) {
        return new Site(type, null, null, null);
    }

    /** A member of the type. */
    public static Site of(String type, String member) {
        return new Site(type, member, null, null);
    }

    /** An annotation on the member (or on the type when {@code member} is null). */
    public Site annotation(String name) {
        return new Site(type, member, name, null);
    }

    /** An attribute of this site's annotation. */
    public Site attribute(String name) {
        return new Site(type, member, annotation, name);
    }

    /** The same site without its last detail: attribute, then annotation, then member. */
    public Site parent() {
        if (attribute != null) {
            return new Site(type, member, annotation, null);
        }
        if (annotation != null) {
            return new Site(type, member, null, null);
        }
        if (member != null) {
            return new Site(type, null, null, null);
        }
        return null;
    }
}
