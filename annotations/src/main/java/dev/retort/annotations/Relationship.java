package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Links two mapped classes, SQLAlchemy's {@code relationship()}. The field type says the shape:
 * a {@code List<T>}, {@code Set<T>} or {@code Collection<T>} for the "many" side (declared with the
 * interface type, e.g. {@code List<Address> addresses = new ArrayList<>()}), the entity type for a
 * single reference. The foreign keys between the two tables say the direction:
 *
 * <pre>{@code
 * @Relationship(backPopulates = "user", orderBy = "id") List<Address> addresses = new ArrayList<>();  // one-to-many
 * @Relationship(backPopulates = "addresses") User user;                                              // many-to-one
 * @Relationship(secondary = "association", backPopulates = "parents") List<Child> children;          // many-to-many
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Relationship {

    /** The name of the relationship field on the other class that mirrors this one. Default: none. */
    String backPopulates() default "";

    /**
     * Declares the mirror relationship on the other class from here, under this name, even when
     * that class has no field for it (then it exists in the metamodel for joins and loader
     * options). Default: none. Use either this or {@link #backPopulates()}.
     */
    String backref() default "";

    /**
     * For many-to-many: the association table's name. Its columns default to
     * {@code <table>_<pk>} of each side ({@code left_id}, {@code right_id}), with foreign keys; the
     * table is part of {@code Base_.metadata()}. Default: none.
     */
    String secondary() default "";

    /**
     * How a collection is ordered: attribute names of the related class, each optionally followed
     * by {@code asc} or {@code desc}, comma-separated ({@code "id"}, {@code "name desc, id"}).
     * Default: unordered.
     */
    String orderBy() default "";

    /** How the relationship loads. Default {@link Lazy#SELECT}. */
    Lazy lazy() default Lazy.SELECT;

    /** Which session operations follow the relationship. Default SAVE_UPDATE and MERGE. */
    Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

    /**
     * Whether the relationship holds many objects. Inferred from the field type; stating it is
     * checked against the field type. For a {@link #backref()}, it sets the shape of the mirror
     * side when that side is the "one" side of a one-to-one. Default: unstated, so the field type
     * decides, and a backref mirroring a many-to-one is a collection (the declared {@code true} is
     * not used).
     */
    boolean uselist() default true;

    /**
     * The foreign key column(s) to join on when the two tables are linked by several foreign keys:
     * a column name of either table, or {@code "table.column"}; several comma-separated. Default:
     * the only foreign key between the tables.
     */
    String foreignKey() default "";
}
