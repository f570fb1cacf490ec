package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A UNIQUE constraint over several columns, declared in {@link Table#uniqueConstraints()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface UniqueConstraint {

    /** The constraint name. Default: chosen by the database. */
    String name() default "";

    /** The constrained columns, by field name or column name. Required. */
    String[] columns();
}
