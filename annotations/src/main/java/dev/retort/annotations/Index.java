package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An index over one or more columns, declared in {@link Table#indexes()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Index {

    /** The index name. Default: {@code ix_<table>_<column>_<column>...}. */
    String name() default "";

    /** The indexed columns, by field name or column name, in order. Required. */
    String[] columns();

    /** Whether the index is UNIQUE. Default false. */
    boolean unique() default false;
}
