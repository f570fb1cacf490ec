package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class to a database table. The class must belong to a {@link DeclarativeBase}, have a
 * primary key, and have a no-argument constructor (records use their canonical constructor).
 *
 * <pre>{@code
 * @Table(name = "users")
 * public class User implements Base { @Column(primaryKey = true) Long id; @Column String name; }
 * }</pre>
 *
 * <p><b>Classical mapping.</b> A class that cannot be annotated (a third-party type) is mapped by a
 * separate declaration that names it with {@link #maps()}: its {@link Column} fields name the
 * mapped class's properties, which must be accessible fields or getter/setter pairs of the same
 * type. The generated class is named after the mapped class ({@code LegacyUser_}) and lives in
 * the mapping's package, so the mapped class needs a public no-argument constructor and public
 * properties when it is in another package.
 *
 * <pre>{@code
 * @Table(name = "user", maps = LegacyUser.class)
 * class LegacyUserMapping implements Base { @Column(primaryKey = true) Long id; @Column(length = 50) String name; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

    /** The table's name. Default: the class name in snake_case ({@code OrderLine} → {@code order_line}). */
    String name() default "";

    /** The schema the table lives in. Default: the connection's default schema. */
    String schema() default "";

    /** Indexes over one or several columns. Single-column indexes are simpler as {@link Column#index()}. Default: none. */
    Index[] indexes() default {};

    /** UNIQUE constraints over several columns. Single-column ones are {@link Column#unique()}. Default: none. */
    UniqueConstraint[] uniqueConstraints() default {};

    /**
     * For a classical (separate) mapping: the class this declaration maps. Default {@code void.class}:
     * the annotated class itself is mapped.
     */
    Class<?> maps() default void.class;
}
